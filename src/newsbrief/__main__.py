"""``python -m newsbrief``."""

from newsbrief.cli import main

if __name__ == "__main__":
    main()
