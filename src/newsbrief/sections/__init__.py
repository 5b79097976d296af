"""Briefing sections: typed, cross-document views built from the documents' annotations."""
