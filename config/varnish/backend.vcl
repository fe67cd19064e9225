# The app server(s) behind Varnish: gunicorn (`make serve`, PORT 8000). Replace for your hosts, or
# put a backend.vcl of your own first on Varnish's vcl_path (the tests do).
backend default {
    .host = "127.0.0.1";
    .port = "8000";
}
