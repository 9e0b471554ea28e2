# str.upper and str.lower over non-ASCII text (full Unicode case mapping).
for s in ['ÉCOLE', 'héllo wörld', 'straße', 'ΑΒΓ δεζ', 'çà', '😀a', 'Ǆ', 'ﬁ', 'İ']:
    print(repr(s), s.upper(), s.lower(), len(s.upper()), len(s.lower()))
