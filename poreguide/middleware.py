from django.conf import settings
from django.core.exceptions import BadRequest, SuspiciousOperation
from django.http.multipartparser import MultiPartParserError


class PermissionsPolicyMiddleware:
    """Send a Permissions-Policy header: Django and django-csp have no setting for it.

    The app needs no camera, microphone, location, payment or USB, so it asks the browser to
    refuse them to the page and to anything embedded in it.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.policy = settings.PERMISSIONS_POLICY

    def __call__(self, request):
        response = self.get_response(request)
        if self.policy:
            response.headers.setdefault("Permissions-Policy", self.policy)
        return response


class RejectUndecodableFormsMiddleware:
    """A POST whose form data can't be read is the client's error (400), not the server's (500).

    Django raises BadRequest for a urlencoded body in any charset but UTF-8, MultiPartParserError
    for broken multipart, and LookupError or UnicodeError for codecs such as rot13 or idna. Every
    later reader of `request.POST` would raise again: the CSRF middleware, and the error handlers,
    which run the CSRF check too (`requires_csrf_token`) when the request carries a CSRF cookie.
    So the form is read once here, before CSRF, and on failure the request is marked as having an
    empty form (what Django itself does after a multipart error) before the 400 is raised.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method == "POST":
            try:
                request.POST  # noqa: B018 - parse now, where the error can be answered properly
            except (BadRequest, SuspiciousOperation, MultiPartParserError, LookupError, UnicodeError) as error:
                request._mark_post_parse_error()
                raise BadRequest("The form data can't be read.") from error
        return self.get_response(request)
