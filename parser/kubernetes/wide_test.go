package kubernetes

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// wideDoc returns one flow-style ConfigMap on a single line of about size
// bytes, with non-ASCII text in every value, so that columns are not byte
// distances.
func wideDoc(size int) []byte {
	var b bytes.Buffer
	b.WriteString(`{apiVersion: v1, kind: ConfigMap, metadata: {name: wide, annotations: {note: "größe"}}, data: {`)
	for i := 0; b.Len() < size; i++ {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, `k%d: "wert-ä-%d"`, i, i)
	}
	b.WriteString("}}\n")
	return b.Bytes()
}

// TestWideLinePositions: on a multi-megabyte line, every range is where
// the value is, in code points.
func TestWideLinePositions(t *testing.T) {
	t.Parallel()
	src := wideDoc(2 << 20)
	m := readManifest("wide.yaml", src)
	require.Empty(t, m.diags)
	require.Len(t, m.resources, 1)
	r := m.resources[0]
	data := r.Properties["data"].(map[string]any)
	require.Greater(t, len(data), 50_000)
	for _, i := range []int{0, 1, 63, 64, 65, 1000, len(data) / 2, len(data) - 1} {
		key := fmt.Sprintf("k%d", i)
		rg, ok := r.Ranges["data."+key]
		require.True(t, ok, key)
		at := bytes.Index(src, []byte(fmt.Sprintf(`%s: "`, key))) + len(key) + 2
		assert.Equal(t, at, rg.Start.Byte, key)
		assert.Equal(t, 1, rg.Start.Line, key)
		assert.Equal(t, utf8.RuneCount(src[:at])+1, rg.Start.Column, key)
		end := at + len(fmt.Sprintf(`"wert-ä-%d"`, i))
		assert.Equal(t, end, rg.End.Byte, key)
		assert.Equal(t, utf8.RuneCount(src[:end])+1, rg.End.Column, key)
		assert.Equal(t, fmt.Sprintf("wert-ä-%d", i), data[key])
	}
}

func BenchmarkWideLine(b *testing.B) {
	for _, size := range []int{1 << 20, 4 << 20} {
		src := wideDoc(size)
		b.Run(fmt.Sprintf("%dMiB", size>>20), func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			for b.Loop() {
				readManifest("wide.yaml", src)
			}
		})
	}
}

// BenchmarkLineMapManyActions maps 100,000 rendered lines against a
// template of 5,000 action lines.
func BenchmarkLineMapManyActions(b *testing.B) {
	var tpl, out strings.Builder
	for i := range 5000 {
		fmt.Fprintf(&tpl, "key%d: {{ .Values.v%d }}\n", i, i)
	}
	for i := range 100_000 {
		fmt.Fprintf(&out, "key%d: value\n", i%5000)
	}
	rendered, template := []byte(out.String()), []byte(tpl.String())
	for b.Loop() {
		newLineMap(rendered, template)
	}
}
