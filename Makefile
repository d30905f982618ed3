# The two set-up commands (see README.md):
#   make run    install what is missing, build, open the demo project
#               (with no display: write the demo report PDF and print its path)
#   make test   install what is missing, build, run every test through CTest, then build
#               again with AddressSanitizer and UBSan (in build-sanitize/) and run every
#               test there too
# CI runs `make test` (via .ci/run) with CI=true, which turns warnings into errors.

BUILD    ?= build
SANITIZE_BUILD ?= $(BUILD)-sanitize
JOBS     ?= $(shell nproc 2>/dev/null || echo 2)
DEMO     ?= b2b
WERROR   := $(if $(CI),ON,OFF)
PACKAGES := cmake g++ make pkg-config qt6-base-dev libqt6opengl6-dev qt6-charts-dev libqt6sql6-sqlite qt6-svg-dev \
            qt6-tools-dev qt6-l10n-tools qt6-translations-l10n libgl-dev libsqlite3-dev libminizip-dev zlib1g-dev libreadstat-dev \
            xvfb xauth fonts-noto-cjk fonts-dejavu-core poppler-utils desktop-file-utils appstream \
            shared-mime-info
SUDO     := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
REPORT   := $(abspath $(BUILD))/peakend-demo-report.pdf

.PHONY: run test sanitize deps build configure clean

run: build
	@if [ -n "$$DISPLAY$$WAYLAND_DISPLAY" ]; then \
	    echo "Opening the $(DEMO) demo project…"; \
	    $(BUILD)/app/peakend --demo $(DEMO); \
	else \
	    echo "No display: writing the demo report instead."; \
	    $(BUILD)/app/peakend report --demo $(DEMO) -o "$(REPORT)"; \
	fi

# The benchmarks are built (not run) so that they keep compiling against the code they time.
test: build
	cmake --build $(BUILD) -j $(JOBS) --target peakend_bench peakend_chartbench
	cd $(BUILD) && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j $(JOBS)
	$(MAKE) sanitize

# The whole suite again, built with AddressSanitizer and UndefinedBehaviorSanitizer: any
# out-of-bounds access, use after free, leak or undefined behaviour fails the test it is in.
sanitize: deps
	cmake -S . -B $(SANITIZE_BUILD) -DPEAKEND_WERROR=$(WERROR) -DPEAKEND_SANITIZE=ON
	cmake --build $(SANITIZE_BUILD) -j $(JOBS)
	cd $(SANITIZE_BUILD) && QT_QPA_PLATFORM=offscreen \
	    ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=1 \
	    LSAN_OPTIONS=suppressions=$(abspath tests/sanitizer/lsan.supp):print_suppressions=0 \
	    UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	    ctest --output-on-failure -j $(JOBS)

build: configure
	cmake --build $(BUILD) -j $(JOBS)

configure: deps
	cmake -S . -B $(BUILD) -DPEAKEND_WERROR=$(WERROR)

# Installs only the Debian packages that are not there yet.
deps:
	@missing=$$(for p in $(PACKAGES); do \
	    dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q '^install ok installed' || echo $$p; \
	done); \
	if [ -n "$$missing" ]; then \
	    echo "Installing:" $$missing; \
	    $(SUDO) apt-get update -qq && \
	    $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
	fi

clean:
	rm -rf $(BUILD) $(SANITIZE_BUILD)
