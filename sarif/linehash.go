package sarif

import (
	"strconv"
	"unicode/utf16"
	"unicode/utf8"
)

// LineHashes computes GitHub's primaryLocationLineHash for every line of
// src, indexed by 1-based line number. GitHub's upload action fills the
// field in when a SARIF file lacks it; writing it ourselves, with the same
// algorithm, keeps alerts matched across runs even when the SARIF file is
// uploaded by other means.
//
// The algorithm (codeql-action src/fingerprints.ts): a rolling polynomial
// hash (base 37, 64-bit wrapping) over a window of the next 100 characters
// starting at each line, where characters are UTF-16 code units, spaces and
// tabs are skipped, CR and CRLF count as one LF, and the end of input is
// marked by 65535 followed by zeros. Identical hashes are disambiguated
// with a running count: "<hex>:<n>".
func LineHashes(src []byte) []string {
	const block = 100
	const mod = uint64(37)
	firstMod := uint64(1)
	for i := 0; i < block; i++ {
		firstMod *= mod
	}
	var (
		window      [block]uint64
		lineNumbers [block]int
		hash        uint64
		index       int
		lineNumber  int
		lineStart   = true
		prevCR      bool
		counts      = map[uint64]int{}
		out         = []string{""}
	)
	for i := range lineNumbers {
		lineNumbers[i] = -1
	}
	emit := func() {
		counts[hash]++
		n := lineNumbers[index]
		for len(out) <= n {
			out = append(out, "")
		}
		out[n] = strconv.FormatUint(hash, 16) + ":" + strconv.Itoa(counts[hash])
		lineNumbers[index] = -1
	}
	update := func(c uint64) {
		begin := window[index]
		window[index] = c
		hash = mod*hash + c - firstMod*begin
		index = (index + 1) % block
	}
	process := func(c uint64) {
		if c == ' ' || c == '\t' || (prevCR && c == '\n') {
			prevCR = false
			return
		}
		if c == '\r' {
			c = '\n'
			prevCR = true
		} else {
			prevCR = false
		}
		if lineNumbers[index] != -1 {
			emit()
		}
		if lineStart {
			lineStart = false
			lineNumber++
			lineNumbers[index] = lineNumber
		}
		if c == '\n' {
			lineStart = true
		}
		update(c)
	}
	for len(src) > 0 {
		r, size := utf8.DecodeRune(src)
		src = src[size:]
		if r1, r2 := utf16.EncodeRune(r); r1 != utf8.RuneError {
			process(uint64(r1))
			process(uint64(r2))
		} else {
			process(uint64(r))
		}
	}
	process(65535)
	for i := 0; i < block; i++ {
		if lineNumbers[index] != -1 {
			emit()
		}
		update(0)
	}
	return out
}
