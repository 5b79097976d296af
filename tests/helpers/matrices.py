"""Random term matrices shaped like a feed's, for the property tests of story grouping."""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp

from newsbrief.stories import grouping


def random_rows(rng: np.random.Generator, n: int, columns: int, density: float) -> sp.csr_matrix:
    """``n`` rows of ``columns`` random weights (a ``density`` share of them set), normalised as
    grouping normalises a document's terms; the first tenth of the columns set in nearly every
    row, as the common words every article has."""
    matrix = sp.random(n, columns, density=density, format="lil", random_state=rng)
    common = max(1, columns // 10)
    matrix[:, :common] = rng.random((n, common)) * (rng.random((n, common)) > 0.2)
    return grouping._normalise_rows(sp.csr_matrix(matrix))
