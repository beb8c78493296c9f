from django.conf import settings
from django.core.exceptions import BadRequest


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
    """A POST whose form data can't be decoded is the client's error (400), not the server's (500).

    Django accepts any codec named by the Content-Type's charset, and codecs such as rot13, base64
    or idna raise LookupError or UnicodeError when the form data is read. The CSRF middleware reads
    it first, so the check sits before that and covers every view.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method == "POST":
            try:
                request.POST  # noqa: B018 - parse now, where the error can be answered properly
            except (LookupError, UnicodeError) as error:
                raise BadRequest("The form data's declared character set cannot decode it.") from error
        return self.get_response(request)
