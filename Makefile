# Liftoff build. `make run` and `make test` install what is missing on a
# Debian or Ubuntu machine first.

GO        ?= go
BIN       := bin
DB        ?=
# Packages the build (cgo, OpenGL, X11, Wayland) and the tests (PDF and
# headless display tools, a CJK font for Japanese documents, a second
# iCalendar parser) need.
APT_BUILD := gcc pkg-config libgl1-mesa-dev xorg-dev libwayland-dev libxkbcommon-dev
APT_TEST  := poppler-utils xvfb xauth fonts-ipafont-gothic fonts-noto-cjk fonts-noto-core fonts-nanum fonts-wqy-zenhei python3-icalendar
# The linter, run with `go run` at a pinned version so that nothing needs
# installing by hand.
STATICCHECK := honnef.co/go/tools/cmd/staticcheck@v0.8.2
# What `make screenshot` drives the app and captures its window with.
APT_SHOT  := imagemagick xdotool
# What `make dist` needs beyond the build: the C cross-compiler for the
# Windows app, xz for the Linux archive, file for its check.
APT_DIST  := gcc-mingw-w64-x86-64 xz-utils file
DIST      := dist

.PHONY: all run test bench screenshot wine-fonts wine-smoke dist build deps deps-test vet clean

all: build

## deps: install the apt packages the build needs, when any is missing
deps:
	@./.ci/apt-ensure $(APT_BUILD)
	@command -v $(GO) >/dev/null || { echo "Go is not installed: see https://go.dev/doc/install" >&2; exit 1; }

## deps-test: the build packages plus what the tests use
deps-test: deps
	@./.ci/apt-ensure $(APT_TEST)

build: deps
	$(GO) build -o $(BIN)/liftoff ./cmd/liftoff
	CGO_ENABLED=0 $(GO) build -o $(BIN)/liftoffctl ./cmd/liftoffctl

## run: build and open the app on the default database
run: build
	./$(BIN)/liftoff $(if $(DB),--db $(DB))

# Every package but the window's (app, app/widgets, cmd/liftoff): they build
# without cgo, so they are vetted for macOS and Windows too.
HEADLESS = $(shell $(GO) list ./... | grep -v -e '/app$$' -e '/app/' -e '/cmd/liftoff$$')

## test: go vet (also for macOS and Windows), staticcheck and every test
test: deps-test
	$(GO) vet ./...
	GOOS=darwin CGO_ENABLED=0 $(GO) vet $(HEADLESS)
	GOOS=windows CGO_ENABLED=0 $(GO) vet $(HEADLESS)
	$(GO) run $(STATICCHECK) ./...
	CGO_ENABLED=0 $(GO) build -o /dev/null ./cmd/liftoffctl
	$(GO) test ./...

## bench: the benchmarks behind the figures in the README
bench: deps-test
	$(GO) test -run '^$$' -bench . -benchmem ./catalog ./planner ./sample ./storage ./export/... ./app

## screenshot: run the real app under Xvfb and write docs/screenshots/SIZE/LANG/*.png
## at 1024x768 and 1440x900 in English, Dutch and Japanese
SHOT_SIZES := 1024x768 1440x900
SHOT_LANGS := en nl ja
screenshot: deps-test
	@./.ci/apt-ensure $(APT_SHOT)
	$(GO) build -o $(BIN)/liftoff ./cmd/liftoff
	@for size in $(SHOT_SIZES); do for lang in $(SHOT_LANGS); do \
		LIFTOFF_SCREENSHOT_SIZE=$$size LIFTOFF_SCREENSHOT_LANG=$$lang \
			./.ci/screenshot $(BIN)/liftoff docs/screenshots/$$size/$$lang || exit 1; \
	done; done

## wine-fonts: run liftoffctl.exe under wine with only a .ttc in C:\windows\Fonts and check the
## Japanese and Korean PDFs (kept in OUT when set)
wine-fonts:
	./.ci/wine-fonts $(OUT)

## dist: the release files for Linux and Windows in dist/ (see .ci/dist), checked
dist: deps
	@./.ci/apt-ensure $(APT_DIST)
	./.ci/dist $(DIST)
	./.ci/dist-check $(DIST)

## wine-smoke: liftoffctl.exe under wine gives what the Linux build gives (Liftoff.exe too
## when WINE_SMOKE_APP names it)
wine-smoke:
	./.ci/wine-smoke $(WINE_SMOKE_APP)

clean:
	rm -rf $(BIN) $(DIST)
