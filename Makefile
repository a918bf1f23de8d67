# posture: build, test, lint, demo and benchmarks. `make help` lists them.
SHELL       := /bin/bash
GO          ?= go
BIN         ?= bin/posture
VERSION     ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS     := -s -w -X github.com/posture-dev/posture/internal/cli.Version=$(VERSION)
CORPUS      ?= ../shared/corpus
STATICCHECK ?= honnef.co/go/tools/cmd/staticcheck@v0.8.2
FUZZTIME    ?= 20s

.PHONY: help build test lint demo bench fuzz clean

help: ## list the targets
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-8s %s\n", $$1, $$2}'

build: ## build bin/posture
	$(GO) build -trimpath -ldflags "$(LDFLAGS)" -o $(BIN) ./cmd/posture

test: ## vet and run every test
	$(GO) vet ./...
	$(GO) test -count=1 ./...

lint: ## gofmt check, opa fmt check of the policies, vet and staticcheck
	@out=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi
	$(GO) test -count=1 -run '^TestRegoFormatted$$' ./policies
	$(GO) vet ./...
	$(GO) run $(STATICCHECK) ./...

demo: build ## build and scan the bundled examples
	@echo "\$$ posture scan examples"
	@./$(BIN) scan examples || true

bench: build ## benchmarks, and a timed scan of the shared corpus when it is present
	$(GO) test -run '^$$' -bench . -benchmem ./...
	@if [ -d "$(CORPUS)" ]; then \
	  echo "scan $(CORPUS):"; \
	  if [ -x /usr/bin/time ]; then \
	    /usr/bin/time -f "  %e s wall, %M KB peak" ./$(BIN) scan --format json --output /dev/null "$(CORPUS)" || true; \
	  else \
	    time ./$(BIN) scan --format json --output /dev/null "$(CORPUS)" || true; \
	  fi; \
	fi

fuzz: ## run each fuzz target for FUZZTIME (default 20s)
	@# go1.26's fuzz coordinator can end a run with a bare "context deadline
	@# exceeded" (golang/go#75804, fixed in go1.27): a failure counts only
	@# when it wrote a reproducer to testdata/fuzz.
	@for pkg in $$($(GO) list ./...); do \
	  dir=$$($(GO) list -f '{{.Dir}}' $$pkg); \
	  for f in $$($(GO) test -list '^Fuzz' $$pkg 2>/dev/null | grep ^Fuzz); do \
	    before=$$(ls $$dir/testdata/fuzz/$$f 2>/dev/null | wc -l); \
	    if ! $(GO) test -run '^$$' -fuzz "^$$f$$" -fuzztime $(FUZZTIME) $$pkg; then \
	      after=$$(ls $$dir/testdata/fuzz/$$f 2>/dev/null | wc -l); \
	      if [ "$$after" -gt "$$before" ]; then echo "$$f: failing input in $$dir/testdata/fuzz/$$f"; exit 1; fi; \
	      echo "$$f: stopped without a failing input (golang/go#75804), not a failure"; \
	    fi; \
	  done; \
	done

clean: ## remove build output
	rm -rf bin
