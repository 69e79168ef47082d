# fakecloud — build, run, test, benchmark. Needs a JDK 21 or newer: JAVA_HOME when it is one, else the newest
# JDK found under /usr/lib/jvm.
SHELL := /bin/bash

JAVA_HOME := $(shell bash scripts/find-jdk.sh)
export JAVA_HOME
MVN := ./mvnw -B -q
APP := target/quarkus-app/quarkus-run.jar
AOT := target/quarkus-app/app.aot
SOURCES := pom.xml $(shell find src/main -type f 2>/dev/null)

.PHONY: build run test bench clean images images-smoke

build: $(APP)

$(APP): $(SOURCES)
	$(MVN) package -DskipTests

run: $(APP)
	@# the Leyden AOT cache (built on JDK 25+) is used when present; the JVM ignores one that does not match
	$(JAVA_HOME)/bin/java $$([ -f $(AOT) ] && echo -XX:AOTCache=$(AOT)) $(JAVA_OPTS) -jar $(APP)

# Unit and in-process tests, then the packaged application as separate processes (restarts, crashes).
test:
	./mvnw -B verify

bench: $(APP)
	bash bench/run.sh
	bash bench/invoke.sh
	bash bench/sqs.sh
	bash bench/events.sh
	bash bench/restore.sh

clean:
	$(MVN) clean

# Local stand-ins for AWS's Lambda base images (fakecloud-test/lambda/*), built without any registry; cached under
# /var/cache/fakecloud-images. Needs a Docker engine (scripts/docker-up.sh) and root. See images/README.md.
images:
	bash images/build.sh

# Runs each test image against a Runtime API stand-in, without fakecloud.
images-smoke: images
	bash images/smoke.sh
