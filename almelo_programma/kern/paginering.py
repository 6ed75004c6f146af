import re

from rest_framework.exceptions import ValidationError
from rest_framework.pagination import PageNumberPagination


class Paginering(PageNumberPagination):
    """Every API list: 50 per page by default, ``?per_pagina=`` up to 200.

    A ``per_pagina`` that is not a whole number of at least 1 is refused (400), not silently
    replaced by the default (more than 200 gives 200); a page that does not exist (``?page=0``)
    is a 404.
    """

    page_size = 50
    page_size_query_param = "per_pagina"
    max_page_size = 200

    def get_page_size(self, request):
        waarde = request.query_params.get(self.page_size_query_param)
        if waarde is None:
            return super().get_page_size(request)
        if not re.fullmatch(r"0*[1-9][0-9]*", waarde):
            raise ValidationError(
                {
                    self.page_size_query_param: [
                        "Geef per_pagina als geheel getal van 1 of meer "
                        f"(meer dan {self.max_page_size} geeft {self.max_page_size})."
                    ]
                }
            )
        # any whole number from 1 is allowed (schema: minimum 1); a large one gives the maximum
        cijfers = waarde.lstrip("0")
        return self.max_page_size if len(cijfers) > 3 else min(int(cijfers), self.max_page_size)

    def get_schema_operation_parameters(self, view):
        parameters = super().get_schema_operation_parameters(view)
        for parameter in parameters:
            if (
                parameter["name"] == self.page_size_query_param
                or parameter["name"] == self.page_query_param
            ):
                parameter["schema"]["minimum"] = 1
        return parameters
