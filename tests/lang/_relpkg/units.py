# Module of _relpkg: constants for the relative imports.
CM = "cm"
MM = "mm"
