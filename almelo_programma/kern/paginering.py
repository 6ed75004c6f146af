from rest_framework.pagination import PageNumberPagination


class Paginering(PageNumberPagination):
    """Every API list: 50 per page by default, ``?per_pagina=`` up to 200."""

    page_size = 50
    page_size_query_param = "per_pagina"
    max_page_size = 200
