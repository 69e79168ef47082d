"""A small Lambda runtime interface client for Python, written from the public Runtime API spec (2018-06-01).

It behaves like AWS's awslambdaric as a function's code sees it: the handler "module.function" (module may be a
dotted or slash path) is imported from /var/task (then /opt/python), once, before the first event; the event is
the JSON body of GET /runtime/invocation/next; the context object has the attributes and methods of AWS's
LambdaContext; the return value is posted as JSON to /response; an exception is posted to /error as
{"errorMessage", "errorType", "requestId", "stackTrace"}; a handler that cannot be loaded is posted to /init/error
(Runtime.ImportModuleError, Runtime.UserCodeSyntaxError, Runtime.HandlerNotFound, Runtime.MalformedHandlerName)
and the process exits 1. Only the standard library is used, over one keep-alive HTTP connection.
"""

import decimal
import http.client
import json
import logging
import os
import signal
import sys
import time
import traceback

API_VERSION = "2018-06-01"
USER_AGENT = "aws-lambda-python/%d.%d.%d-fakecloud" % sys.version_info[:3]
ERROR_LOG_LINE_TERMINATE = "\r"
ERROR_LOG_IDENT = "\u00a0"


class FaultException(Exception):
    MARSHAL_ERROR = "Runtime.MarshalError"
    UNMARSHAL_ERROR = "Runtime.UnmarshalError"
    USER_CODE_SYNTAX_ERROR = "Runtime.UserCodeSyntaxError"
    HANDLER_NOT_FOUND = "Runtime.HandlerNotFound"
    IMPORT_MODULE_ERROR = "Runtime.ImportModuleError"
    BUILT_IN_MODULE_CONFLICT = "Runtime.BuiltInModuleConflict"
    MALFORMED_HANDLER_NAME = "Runtime.MalformedHandlerName"
    LAMBDA_CONTEXT_UNMARSHAL_ERROR = "Runtime.LambdaContextUnmarshalError"

    def __init__(self, exception_type, msg, trace=None):
        super().__init__(msg)
        self.exception_type = exception_type
        self.msg = msg
        self.trace = trace


# --- the context object -------------------------------------------------------------------------------------------

class CognitoIdentity(object):
    __slots__ = ["cognito_identity_id", "cognito_identity_pool_id"]

    def __repr__(self):
        return "CognitoIdentity([cognito_identity_id=%s,cognito_identity_pool_id=%s])" % (
            self.cognito_identity_id, self.cognito_identity_pool_id)


class Client(object):
    __slots__ = ["installation_id", "app_title", "app_version_name", "app_version_code", "app_package_name"]

    def __repr__(self):
        return "Client(%s)" % ",".join("%s=%s" % (s, getattr(self, s)) for s in self.__slots__)


class ClientContext(object):
    __slots__ = ["custom", "env", "client"]

    def __repr__(self):
        return "ClientContext([custom=%s,env=%s,client=%s])" % (self.custom, self.env, self.client)


def _make_client_context(data):
    if data is None:
        return None
    ctx = ClientContext()
    ctx.custom = data.get("custom")
    ctx.env = data.get("env")
    client = data.get("client")
    if client is None:
        ctx.client = None
    else:
        c = Client()
        c.installation_id = client.get("installation_id")
        c.app_title = client.get("app_title")
        c.app_version_name = client.get("app_version_name")
        c.app_version_code = client.get("app_version_code")
        c.app_package_name = client.get("app_package_name")
        ctx.client = c
    return ctx


def _make_identity(data):
    ident = CognitoIdentity()
    data = data or {}
    ident.cognito_identity_id = data.get("cognitoIdentityId")
    ident.cognito_identity_pool_id = data.get("cognitoIdentityPoolId")
    return ident


class LambdaContext(object):
    def __init__(self, invoke_id, client_context, cognito_identity, epoch_deadline_time_in_ms,
                 invoked_function_arn=None, tenant_id=None):
        self.aws_request_id = invoke_id
        self.log_group_name = os.environ.get("AWS_LAMBDA_LOG_GROUP_NAME")
        self.log_stream_name = os.environ.get("AWS_LAMBDA_LOG_STREAM_NAME")
        self.function_name = os.environ.get("AWS_LAMBDA_FUNCTION_NAME")
        # AWS's client gives the memory size as the environment's string, not an int; kept so.
        self.memory_limit_in_mb = os.environ.get("AWS_LAMBDA_FUNCTION_MEMORY_SIZE")
        self.function_version = os.environ.get("AWS_LAMBDA_FUNCTION_VERSION")
        self.invoked_function_arn = invoked_function_arn
        self.tenant_id = tenant_id
        self.client_context = _make_client_context(client_context)
        self.identity = _make_identity(cognito_identity)
        self._epoch_deadline_time_in_ms = epoch_deadline_time_in_ms

    def get_remaining_time_in_millis(self):
        return max(self._epoch_deadline_time_in_ms - int(round(time.time() * 1000)), 0)

    def log(self, msg):
        sys.stdout.write(str(msg))

    def __repr__(self):
        return ("LambdaContext([aws_request_id=%s,log_group_name=%s,log_stream_name=%s,function_name=%s,"
                "memory_limit_in_mb=%s,function_version=%s,invoked_function_arn=%s,client_context=%s,"
                "identity=%s,tenant_id=%s])") % (
            self.aws_request_id, self.log_group_name, self.log_stream_name, self.function_name,
            self.memory_limit_in_mb, self.function_version, self.invoked_function_arn, self.client_context,
            self.identity, self.tenant_id)


# --- the Runtime API client ---------------------------------------------------------------------------------------

class RuntimeApiError(Exception):
    pass


class RuntimeClient(object):
    """One keep-alive HTTP/1.1 connection to the Runtime API; reconnects once when the server closed it."""

    def __init__(self, address):
        self.address = address
        self.conn = None

    def _request(self, method, path, body=None, headers=None):
        hdrs = {"User-Agent": USER_AGENT}
        if headers:
            hdrs.update(headers)
        for attempt in (0, 1):
            if self.conn is None:
                self.conn = http.client.HTTPConnection(self.address)  # no timeout: /next is a long poll
            try:
                self.conn.request(method, "/" + API_VERSION + path, body=body, headers=hdrs)
                resp = self.conn.getresponse()
                data = resp.read()
                if resp.will_close:
                    self.conn.close()
                    self.conn = None
                return resp, data
            except (http.client.RemoteDisconnected, BrokenPipeError, ConnectionResetError):
                self.conn.close()
                self.conn = None
                if attempt == 1:
                    raise

    def next(self):
        resp, body = self._request("GET", "/runtime/invocation/next")
        if resp.status != 200:
            raise RuntimeApiError("/runtime/invocation/next answered %d: %r" % (resp.status, body[:200]))
        return resp.headers, body

    def post_response(self, request_id, payload, content_type="application/json"):
        resp, body = self._request("POST", "/runtime/invocation/%s/response" % request_id, payload,
                                   {"Content-Type": content_type})
        if resp.status == 413:
            # The payload was too large for the platform: AWS's clients report it as a function error.
            return False
        if resp.status >= 300:
            sys.stderr.write("Runtime API rejected the response for %s: %d %r\n" % (request_id, resp.status, body))
        return True

    def post_error(self, request_id, error, xray_fault=None):
        headers = {"Content-Type": "application/json",
                   "Lambda-Runtime-Function-Error-Type": error.get("errorType") or "Runtime.Unknown"}
        if xray_fault:
            cause = _to_json(xray_fault)
            if len(cause) < 1024 * 1024:
                headers["Lambda-Runtime-Function-XRay-Error-Cause"] = cause
        self._request("POST", "/runtime/invocation/%s/error" % request_id, _to_json(error).encode("utf-8"), headers)

    def post_init_error(self, error):
        headers = {"Content-Type": "application/json",
                   "Lambda-Runtime-Function-Error-Type": error.get("errorType") or "Runtime.Unknown"}
        self._request("POST", "/runtime/init/error", _to_json(error).encode("utf-8"), headers)


# --- (un)marshalling ----------------------------------------------------------------------------------------------

def _decimal_default(o):
    if isinstance(o, decimal.Decimal):
        return float(o) if o % 1 else int(o)
    raise TypeError("Object of type %s is not JSON serializable" % type(o).__name__)


def _to_json(obj):
    return json.dumps(obj, default=_decimal_default, ensure_ascii=False, allow_nan=True)


def _unmarshal(body, content_type):
    if content_type is not None and not content_type.lower().startswith("application/json"):
        return body
    try:
        return json.loads(body) if body else None
    except Exception as e:
        raise FaultException(FaultException.UNMARSHAL_ERROR, "Unable to unmarshal input: %s" % e, None)


def _marshal(result):
    try:
        return _to_json(result).encode("utf-8")
    except Exception as e:
        raise FaultException(FaultException.MARSHAL_ERROR, "Unable to marshal response: %s" % e, None)


# --- errors and logs ----------------------------------------------------------------------------------------------

def make_error(message, error_type, stack_trace, request_id=None):
    return {
        "errorMessage": message if message else "",
        "errorType": error_type if error_type else "",
        "requestId": request_id if request_id is not None else "",
        "stackTrace": stack_trace if stack_trace else [],
    }


def _user_frames(tb):
    frames = [(f.filename, f.lineno, f.name, f.line) for f in traceback.extract_tb(tb)]
    for i, frame in enumerate(frames):
        if frame[0] != __file__:
            return frames[i:]
    return frames


def build_fault_result(exc_info, request_id=None):
    etype, value, tb = exc_info
    frames = _user_frames(tb)
    return make_error(str(value), etype.__name__, traceback.format_list(frames), request_id), frames


def make_xray_fault(ex_type, ex_msg, frames):
    return {
        "working_directory": os.getcwd(),
        "exceptions": [{"message": ex_msg, "type": ex_type,
                        "stack": [{"label": f[2], "path": f[0], "line": f[1]} for f in frames]}],
        "paths": sorted(set(f[0] for f in frames)),
    }


def log_error(error):
    text = "[ERROR]"
    if error.get("errorType"):
        text += " " + error["errorType"]
    if error.get("errorMessage"):
        if error.get("errorType"):
            text += ":"
        text += " " + error["errorMessage"]
    lines = [text]
    stack = error.get("stackTrace")
    if stack is not None:
        lines.append("Traceback (most recent call last):")
        for element in stack:
            if element == "":
                lines.append("")
                continue
            for line in element.splitlines():
                stripped = line.lstrip(" ")
                lines.append(ERROR_LOG_IDENT * (len(line) - len(stripped)) + stripped)
    sys.stdout.write(ERROR_LOG_LINE_TERMINATE.join(lines) + "\n")


class Unbuffered(object):
    """Like AWS's client: print() reaches the log at once, not when a buffer fills."""

    def __init__(self, stream):
        self.stream = stream

    def __getattr__(self, attr):
        return getattr(self.stream, attr)

    def write(self, msg):
        n = self.stream.write(msg)
        self.stream.flush()
        return n

    def writelines(self, msgs):
        self.stream.writelines(msgs)
        self.stream.flush()


_CURRENT_REQUEST_ID = None


class _RequestIdFilter(logging.Filter):
    def filter(self, record):
        record.aws_request_id = _CURRENT_REQUEST_ID or ""
        return True


class _StdoutHandler(logging.Handler):
    def emit(self, record):
        try:
            sys.stdout.write(self.format(record))
        except Exception:
            self.handleError(record)


def setup_logging():
    logging.Formatter.converter = time.gmtime
    handler = _StdoutHandler()
    handler.setFormatter(logging.Formatter(
        "[%(levelname)s]\t%(asctime)s.%(msecs)03dZ\t%(aws_request_id)s\t%(message)s\n", "%Y-%m-%dT%H:%M:%S"))
    handler.addFilter(_RequestIdFilter())
    root = logging.getLogger()
    level = (os.environ.get("AWS_LAMBDA_LOG_LEVEL") or "").upper()
    if level in logging._nameToLevel:
        root.setLevel(level)
    root.addHandler(handler)


# --- loading the handler ------------------------------------------------------------------------------------------

def setup_sys_path(task_root):
    here = os.path.dirname(os.path.abspath(__file__))
    rest = [p for p in sys.path if p and os.path.abspath(p) != here]
    ver = "python%d.%d" % sys.version_info[:2]
    front = [task_root, "/opt/python/lib/%s/site-packages" % ver, "/opt/python"]
    sys.path[:] = front + [p for p in rest if p not in front] + [here]


def get_handler(handler):
    import importlib
    try:
        modname, fname = handler.rsplit(".", 1)
    except ValueError as e:
        raise FaultException(FaultException.MALFORMED_HANDLER_NAME, "Bad handler '%s': %s" % (handler, e))
    try:
        if modname.split(".")[0] in sys.builtin_module_names:
            raise FaultException(FaultException.BUILT_IN_MODULE_CONFLICT,
                                 "Cannot use built-in module %s as a handler module" % modname)
        module = importlib.import_module(modname.replace("/", "."))
    except ImportError as e:
        raise FaultException(FaultException.IMPORT_MODULE_ERROR, "Unable to import module '%s': %s" % (modname, e))
    except SyntaxError as e:
        trace = ['  File "%s" Line %s\n    %s' % (e.filename, e.lineno, e.text)]
        raise FaultException(FaultException.USER_CODE_SYNTAX_ERROR,
                             "Syntax error in module '%s': %s" % (modname, e), trace)
    try:
        return getattr(module, fname)
    except AttributeError:
        raise FaultException(FaultException.HANDLER_NOT_FOUND,
                             "Handler '%s' missing on module '%s'" % (fname, modname), None)


# --- the loop -----------------------------------------------------------------------------------------------------

def _parse_json_header(value, name):
    if not value:
        return None
    try:
        return json.loads(value)
    except Exception as e:
        raise FaultException(FaultException.LAMBDA_CONTEXT_UNMARSHAL_ERROR,
                             "Unable to parse %s JSON: %s" % (name, e), None)


def handle_one(client, request_handler, headers, body):
    global _CURRENT_REQUEST_ID
    request_id = headers.get("Lambda-Runtime-Aws-Request-Id")
    _CURRENT_REQUEST_ID = request_id
    trace_id = headers.get("Lambda-Runtime-Trace-Id")
    if trace_id:
        os.environ["_X_AMZN_TRACE_ID"] = trace_id
    else:
        os.environ.pop("_X_AMZN_TRACE_ID", None)

    error = xray = None
    try:
        try:
            deadline = int(headers.get("Lambda-Runtime-Deadline-Ms") or 0)
        except ValueError:
            deadline = 0
        context = LambdaContext(
            request_id,
            _parse_json_header(headers.get("Lambda-Runtime-Client-Context"), "Client Context"),
            _parse_json_header(headers.get("Lambda-Runtime-Cognito-Identity"), "Cognito Identity"),
            deadline,
            headers.get("Lambda-Runtime-Invoked-Function-Arn"),
            headers.get("Lambda-Runtime-Aws-Tenant-Id"),
        )
        event = _unmarshal(body, headers.get("Content-Type"))
        payload = _marshal(request_handler(event, context))
    except FaultException as e:
        error = make_error(e.msg, e.exception_type, e.trace, request_id)
        xray = make_xray_fault("LambdaValidationError", e.msg, [])
    except Exception:
        error, frames = build_fault_result(sys.exc_info(), request_id)
        xray = make_xray_fault(error["errorType"], error["errorMessage"], frames)

    if error is None and not client.post_response(request_id, payload):
        error = make_error("Response payload size exceeded maximum allowed payload size (6291556 bytes).",
                           "Function.ResponseSizeTooLarge", None, request_id)
    if error is not None:
        log_error(error)
        client.post_error(request_id, error, xray)


def _on_sigterm(signum, frame):
    # As PID 1 of a container a process ignores SIGTERM unless it handles it; exit so that `docker stop` is quick.
    try:
        sys.stdout.flush()
    finally:
        os._exit(128 + signum)


def main():
    sys.stdout = Unbuffered(sys.stdout)
    sys.stderr = Unbuffered(sys.stderr)
    if signal.getsignal(signal.SIGTERM) == signal.SIG_DFL:
        signal.signal(signal.SIGTERM, _on_sigterm)

    handler_name = os.environ.get("_HANDLER") or (sys.argv[1] if len(sys.argv) > 1 else "")
    task_root = os.environ.get("LAMBDA_TASK_ROOT", "/var/task")
    api = os.environ.get("AWS_LAMBDA_RUNTIME_API")
    if not api:
        sys.stderr.write("AWS_LAMBDA_RUNTIME_API is not set\n")
        sys.exit(1)
    client = RuntimeClient(api)

    setup_sys_path(task_root)
    try:
        setup_logging()
        request_handler = get_handler(handler_name)
    except FaultException as e:
        error = make_error(e.msg, e.exception_type, e.trace)
        log_error(error)
        client.post_init_error(error)
        sys.exit(1)
    except Exception:
        error, _ = build_fault_result(sys.exc_info())
        log_error(error)
        client.post_init_error(error)
        sys.exit(1)

    while True:
        headers, body = client.next()
        handle_one(client, request_handler, headers, body)


if __name__ == "__main__":
    main()
