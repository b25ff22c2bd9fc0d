# Thin wrapper over the CMake presets. On a fresh Debian 12 machine `make run` and `make test`
# do all the set-up themselves (packaging/install-deps.sh, a fast check when all is there).
BUILD   := build
JOBS    ?= 2
DEMO_WS := $(BUILD)/demo/demo.recon
DEMO_SRC:= resources/demo

.PHONY: all deps configure build run test bench format package clean demo

all: build

deps:
	@bash packaging/install-deps.sh --check >/dev/null 2>&1 || bash packaging/install-deps.sh

$(BUILD)/build.ninja: | deps
	cmake --preset release

configure: deps $(BUILD)/build.ninja

build: configure
	cmake --build $(BUILD) -j $(JOBS)

# A demo workspace from the demo files in resources/demo (created on first run).
$(DEMO_WS): | build
	@mkdir -p $(BUILD)/demo
	$(BUILD)/bin/recon init $(DEMO_WS).tmp
	$(BUILD)/bin/recon import $(DEMO_WS).tmp $(DEMO_SRC)/bank_statement_2026-10.sta --side left
	$(BUILD)/bin/recon import $(DEMO_WS).tmp $(DEMO_SRC)/ledger_2026-10.csv --side right
	$(BUILD)/bin/recon match $(DEMO_WS).tmp
	mv $(DEMO_WS).tmp $(DEMO_WS)

demo: build $(DEMO_WS)

run: build $(DEMO_WS)
	$(BUILD)/bin/recon-workstation $(DEMO_WS)

test: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

bench: build
	bash tests/bench/run_benchmarks.sh $(BUILD)

format:
	git ls-files '*.cpp' '*.h' | xargs clang-format -i

package: build
	cd $(BUILD) && cpack -G DEB

clean:
	rm -rf $(BUILD)
