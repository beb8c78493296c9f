"""Rate limits for the public, unauthenticated writes, and the client address they key on."""

import ipaddress

from django.conf import settings
from django_ratelimit.core import is_ratelimited
from django_ratelimit.decorators import ratelimit
from django_ratelimit.exceptions import Ratelimited


def client_ip(request):
    """The client's address: REMOTE_ADDR, or X-Forwarded-For behind TRUSTED_PROXY_COUNT proxies.

    Each trusted proxy appends the address it was connected from, so the client is the entry
    TRUSTED_PROXY_COUNT from the right; entries further left are whatever the client sent.
    """
    remote_addr = request.META.get("REMOTE_ADDR", "")
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies <= 0:
        return remote_addr
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
    if not forwarded:
        return remote_addr
    candidate = forwarded[-min(proxies, len(forwarded))]
    try:
        return str(ipaddress.ip_address(candidate))
    except ValueError:
        return remote_addr


def routine_post_rate(group, request):
    # Read at request time, so ROUTINE_RATE_LIMIT can be changed by settings overrides in tests.
    return settings.ROUTINE_RATE_LIMIT


# One limit, one counter, for every post that saves a routine.
ROUTINE_POSTS = {"group": "routine-posts", "key": "ip", "rate": routine_post_rate, "method": "POST"}

# For the questionnaire view: over the limit, the view isn't run and RATELIMIT_VIEW answers 429.
limit_routine_posts = ratelimit(**ROUTINE_POSTS, block=True)


def check_routine_post_limit(request) -> None:
    """The same limit for a routine saved by a view not wrapped in `limit_routine_posts`.

    The guided questionnaire posts once per step but saves one routine at the end, so only that
    last post counts; it shares the counter with the one-page questionnaire.
    """
    if is_ratelimited(request, **ROUTINE_POSTS, increment=True):
        raise Ratelimited()


def label_check_rate(group, request):
    return settings.LABEL_CHECK_RATE_LIMIT


# The label check: its own counter, so checking labels never uses up routine saves.
LABEL_CHECKS = {"group": "label-checks", "key": "ip", "rate": label_check_rate, "method": "POST"}


def follow_post_rate(group, request):
    return settings.FOLLOW_RATE_LIMIT


# Check-ins, "my skin is irritated" and resume: their own counter, so following a plan never uses up
# routine saves or label checks.
FOLLOW_POSTS = {"group": "follow-posts", "key": "ip", "rate": follow_post_rate, "method": "POST"}
limit_follow_posts = ratelimit(**FOLLOW_POSTS, block=True)
