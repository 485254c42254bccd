"""The patient PDF: the only package that imports reportlab."""
