# Shorthands for ./dev, which does the work (and needs nothing but bash).
.PHONY: demo test bench
demo:
	./dev demo
test:
	./dev test
bench:
	./dev bench
