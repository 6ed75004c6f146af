"""HTML to PDF for the portal's documents (the Bestuursrapportage, the end evaluation)."""


def pdf_van_html(html: str) -> bytes:
    """A tagged PDF (PDF/UA-1): structure tree, the document's language and its title from the
    HTML's ``lang`` and ``<title>``, so screen readers can read it."""
    from weasyprint import HTML

    return HTML(string=html).write_pdf(pdf_variant="pdf/ua-1")
