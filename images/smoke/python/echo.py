import sys


def handler(event, context):
    print("hello from python", sys.version.split()[0])
    return {
        "echo": event,
        "requestId": context.aws_request_id,
        "functionName": context.function_name,
        "functionVersion": context.function_version,
        "memoryLimitInMB": context.memory_limit_in_mb,
        "invokedFunctionArn": context.invoked_function_arn,
        "logGroupName": context.log_group_name,
        "remainingMs": context.get_remaining_time_in_millis(),
        "sysPath0": sys.path[0],
    }


def boom(event, context):
    raise ValueError("boom: " + str(event.get("say")))
