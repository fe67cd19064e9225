# Varnish in front of the app (README "Front cache"; the rules are ops/frontcache.py's).
#
#   varnishd -a :6081 -f /path/to/config/varnish/default.vcl -s malloc,256m \
#            -p vcl_path=/etc/varnish:/path/to/config/varnish
#
# The app decides what may be shared: only responses that say `Cache-Control: public` are stored
# (public pages without a query string, for s-maxage seconds). Anything else (the checker, the
# feedback steps, the admin, previews, errors, responses setting a cookie) is passed through and
# never stored, whatever Varnish's defaults would do. A publish in the admin sends PURGE for every
# public URL (Wagtail's HTTP backend, FRONT_CACHE_PURGE_URL), allowed from the `purgers` below.
vcl 4.1;

include "backend.vcl";

acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(405, "Not allowed"));
        }
        return (purge);
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # Editors (a session cookie) always see the live site; the admin is never looked up.
    if (req.url ~ "^/admin(/|$)" || req.http.Authorization
        || req.http.Cookie ~ "(^|;\s*)sessionid=") {
        return (pass);
    }
    # Other cookies (csrftoken) stay on the request: a response that uses one is never public.
    return (hash);
}

sub vcl_backend_response {
    if (beresp.http.Cache-Control !~ "(^|,)\s*public\s*(,|$)" || beresp.http.Set-Cookie
        || beresp.http.Cache-Control ~ "(private|no-store|no-cache)") {
        # Not for everyone: remember for two minutes that this URL is passed, store nothing.
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;
        return (deliver);
    }
    # Public: the TTL comes from s-maxage (FRONT_CACHE_SECONDS); a publish purges sooner.
    return (deliver);
}
