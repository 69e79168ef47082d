# fakecloud — build, run, test, benchmark. Needs a JDK 21 or newer: JAVA_HOME when it is one, else the newest
# JDK found under /usr/lib/jvm.
SHELL := /bin/bash

JAVA_HOME := $(shell bash scripts/find-jdk.sh)
export JAVA_HOME
MVN := ./mvnw -B -q
APP := target/quarkus-app/quarkus-run.jar
AOT := target/quarkus-app/app.aot
SOURCES := pom.xml $(shell find src/main -type f 2>/dev/null)

DIST := target/fakecloud/bin/fakecloud

.PHONY: build run test test-prerequisites bench clean images images-smoke dist image native

build: $(APP)

$(APP): $(SOURCES)
	$(MVN) package -DskipTests

run: $(APP)
	@# the Leyden AOT cache (built on JDK 25+) is used when present; the JVM ignores one that does not match
	$(JAVA_HOME)/bin/java $$([ -f $(AOT) ] && echo -XX:AOTCache=$(AOT)) $(JAVA_OPTS) -jar $(APP)

# target/fakecloud/: a jlink-trimmed Java runtime, the application and its AOT cache, and bin/fakecloud; runs on a
# machine without a JDK.
dist: $(DIST)

$(DIST): $(APP) dist/fakecloud dist/jvm.options dist/modules scripts/dist.sh
	bash scripts/dist.sh

# The image fakecloud:dev (no registry needed): the distribution on a base of three Debian packages, no shell.
image: $(DIST)
	bash scripts/image.sh

# The native executable target/fakecloud-runner, where GraalVM or Mandrel is installed (see native/README.md).
native:
	bash native/build.sh

# Everything the tests need (a running Docker engine, the stand-in runtime images; both idempotent and cached), then
# the in-process tests and the packaged application run as separate processes (restarts, crashes).
test: test-prerequisites
	./mvnw -B verify

test-prerequisites:
	bash scripts/docker-up.sh
	bash images/build.sh

bench: $(APP)
	bash bench/run.sh
	bash bench/invoke.sh
	bash bench/sqs.sh
	bash bench/sns.sh
	bash bench/events.sh
	bash bench/s3.sh
	bash bench/cloudwatch.sh
	bash bench/kinesis.sh
	bash bench/dynamodb.sh
	bash bench/restore.sh
	$(MAKE) dist
	bash bench/ship.sh

clean:
	$(MVN) clean

# Local stand-ins for AWS's Lambda base images (fakecloud-test/lambda/*), built without any registry; cached under
# /var/cache/fakecloud-images. Needs a Docker engine (scripts/docker-up.sh) and root. See images/README.md.
images:
	bash images/build.sh

# Runs each test image against a Runtime API stand-in, without fakecloud.
images-smoke: images
	bash images/smoke.sh
