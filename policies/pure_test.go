package policies

import (
	"context"
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"sync/atomic"
	"testing"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/posture-dev/posture/parser"
)

const policyHeader = `# METADATA
# title: Impure
# custom:
#   id: ACME-X-001
#   severity: high
#   resource_types: [aws_s3_bucket]
package acme.impure

`

// writePolicy writes one policy file into a new directory.
func writePolicy(t *testing.T, name, src string) string {
	t.Helper()
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644))
	return dir
}

func TestImpureBuiltinsRefused(t *testing.T) {
	tests := []struct {
		builtin string
		body    string // the deny body, on line 10; col is where the call starts
		col     int
	}{
		{"http.send", `http.send({"method": "GET", "url": "http://127.0.0.1:1"}).status_code == 200`, 2},
		{"net.lookup_ip_addr", `count(net.lookup_ip_addr("example.com")) > 0`, 8},
		{"opa.runtime", `opa.runtime().env.HOME != ""`, 2},
		{"time.now_ns", `time.now_ns() > 0`, 2},
		{"rand.intn", `rand.intn("x", 10) == 3`, 2},
		{"uuid.rfc4122", `uuid.rfc4122("x") != ""`, 2},
		{"crypto.x509.parse_and_verify_certificates", `crypto.x509.parse_and_verify_certificates(input.pem)[0]`, 2},
		{"crypto.x509.parse_and_verify_certificates_with_options", `crypto.x509.parse_and_verify_certificates_with_options(input.pem, {})[0]`, 2},
		{"io.jwt.decode_verify", `io.jwt.decode_verify(input.jwt, {"secret": "s"})[0]`, 2},
		{"io.jwt.encode_sign", `io.jwt.encode_sign({}, {}, {}) != ""`, 2},
		{"json.match_schema", `json.match_schema(input, {"$ref": "http://127.0.0.1:1/s.json"})[0]`, 2},
		{"trace", `trace("hello")`, 2},
		// Nested in a term, in an assignment: still found.
		{"time.now_ns", `x := [1, time.now_ns()]; x[1] > 0`, 11},
	}
	for _, tt := range tests {
		t.Run(tt.builtin, func(t *testing.T) {
			src := policyHeader + "deny contains {\"msg\": \"x\"} if {\n\t" + tt.body + "\n}\n"
			dir := writePolicy(t, "x.rego", src)
			// The refusal does not depend on the built-in policies: an
			// empty library spares each case parsing them.
			lib := &Library{lib: map[string]*ast.Module{}, groups: map[string]map[string]*ast.Module{}}
			err := lib.AddDir(dir)
			require.Error(t, err)
			want := fmt.Sprintf("%s/x.rego:10:%d: built-in %s is not allowed: posture policies must be pure (no network, clock, randomness or environment)",
				filepath.ToSlash(dir), tt.col, tt.builtin)
			assert.Equal(t, want, err.Error())
		})
	}
}

func TestImpureBuiltinInFunctionAndTest(t *testing.T) {
	src := policyHeader + "now := t if { t := time.now_ns() }\n\ndeny contains {\"msg\": \"x\"} if { now > 0 }\n"
	lib, err := LoadBuiltin()
	require.NoError(t, err)
	err = lib.AddDir(writePolicy(t, "x.rego", src))
	assert.ErrorContains(t, err, "x.rego:9:20: built-in time.now_ns is not allowed")

	// posture policies test refuses the same built-ins, in test files too.
	dir := writePolicy(t, "x_test.rego", "package acme.t_test\n\ntest_env if { opa.runtime().env.HOME }\n")
	_, err = lib.RunTests(context.Background(), dir)
	assert.ErrorContains(t, err, "x_test.rego:3:15: built-in opa.runtime is not allowed")
}

func TestBuiltinPoliciesArePure(t *testing.T) {
	// LoadBuiltin checks every module; say it here so a new built-in
	// policy that calls a refused built-in fails a test named for it.
	_, err := LoadBuiltin()
	require.NoError(t, err)
	for name := range refusedBuiltins {
		ok := false
		for _, b := range capabilities.Builtins {
			ok = ok || b.Name == name
		}
		assert.False(t, ok, "%s is in the capabilities policies compile with", name)
	}
	for _, name := range []string{"http.send", "net.lookup_ip_addr", "opa.runtime", "time.now_ns", "rand.intn", "uuid.rfc4122"} {
		assert.True(t, refusedBuiltins[name], name)
	}
	assert.Empty(t, capabilities.AllowNet)
	assert.NotNil(t, capabilities.AllowNet, "nil AllowNet means any host")
}

// connCounter is a loopback listener that counts the connections made to it.
func connCounter(t *testing.T) (addr string, count func() int64) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	var n atomic.Int64
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			n.Add(1)
			c.Close()
		}
	}()
	t.Cleanup(func() { ln.Close() })
	return ln.Addr().String(), n.Load
}

// A module that reached the engine without the load-time check (as if the
// check had a hole) still cannot call http.send: the compiler does not
// know it, and nothing connects.
func TestHTTPSendReachesNothing(t *testing.T) {
	addr, count := connCounter(t)
	src := policyHeader + fmt.Sprintf("deny contains {\"msg\": \"x\"} if {\n\thttp.send({\"method\": \"GET\", \"url\": \"http://%s/\"}).status_code == 200\n}\n", addr)
	m, err := ast.ParseModuleWithOpts("x.rego", src, parseOpts)
	require.NoError(t, err)

	// The listener works: OPA with its default capabilities connects.
	_, _ = rego.New(rego.ParsedModule(m), rego.Query("data.acme.impure.deny"), rego.ParsedInput(ast.NewObject())).Eval(context.Background())
	require.Equal(t, int64(1), count(), "the control evaluation should have connected")

	lib, err := LoadBuiltin()
	require.NoError(t, err)
	r, err := ruleFromModule(m, "custom")
	require.NoError(t, err)
	lib.groups["custom"] = map[string]*ast.Module{"x.rego": m}
	lib.Rules = append(lib.Rules, r)
	eng, err := New(lib, Options{Only: []string{"ACME"}})
	require.NoError(t, err)
	err = eng.Validate()
	require.Error(t, err)
	assert.Contains(t, err.Error(), "undefined function http.send")
	_, err = eng.Evaluate(context.Background(), []parser.Resource{{ID: "aws_s3_bucket.b", Type: "aws_s3_bucket", Properties: map[string]any{}}}, nil)
	assert.Error(t, err)

	// Nor through posture policies test.
	dir := writePolicy(t, "x_test.rego", fmt.Sprintf("package acme.t_test\n\ntest_send if { http.send({\"method\": \"GET\", \"url\": \"http://%s/\"}) }\n", addr))
	_, err = lib.RunTests(context.Background(), dir)
	assert.Error(t, err)
	assert.Equal(t, int64(1), count(), "a policy reached the network")
}

// print is compiled out: a policy cannot write into a report on stdout.
func TestPrintWritesNothing(t *testing.T) {
	src := policyHeader + "deny contains {\"msg\": \"x\"} if {\n\tprint(\"::set-output name=x::injected\")\n\tinput.resource.acl == \"public-read\"\n}\n"
	lib, err := LoadBuiltin()
	require.NoError(t, err)
	require.NoError(t, lib.AddDir(writePolicy(t, "x.rego", src)))
	eng, err := New(lib, Options{Only: []string{"ACME"}})
	require.NoError(t, err)

	r, w, err := os.Pipe()
	require.NoError(t, err)
	stdout, stderr := os.Stdout, os.Stderr
	os.Stdout, os.Stderr = w, w
	res, evalErr := eng.Evaluate(context.Background(), []parser.Resource{{
		ID: "aws_s3_bucket.b", Type: "aws_s3_bucket", Properties: map[string]any{"acl": "public-read"},
	}}, nil)
	os.Stdout, os.Stderr = stdout, stderr
	require.NoError(t, w.Close())
	out, err := io.ReadAll(r)
	require.NoError(t, err)
	require.NoError(t, evalErr)
	assert.Len(t, res.Findings, 1)
	assert.Empty(t, string(out))
}

// What a pure policy uses still loads: future and rego.v1 imports, string,
// regex, time parsing, net.cidr_* and JSON built-ins.
func TestPurePolicyLoads(t *testing.T) {
	src := policyHeader + `import future.keywords.in
import rego.v1

deny contains {"msg": sprintf("%v", [x])} if {
	some x in input.resource.cidrs
	net.cidr_contains("10.0.0.0/8", x)
	regex.match("^10\\.", x)
	time.parse_rfc3339_ns("2024-01-01T00:00:00Z") > 0
	json.unmarshal("{}") == {}
}
`
	lib, err := LoadBuiltin()
	require.NoError(t, err)
	require.NoError(t, lib.AddDir(writePolicy(t, "x.rego", src)))
	eng, err := New(lib, Options{Only: []string{"ACME"}})
	require.NoError(t, err)
	res, err := eng.Evaluate(context.Background(), []parser.Resource{{
		ID: "aws_s3_bucket.b", Type: "aws_s3_bucket", Properties: map[string]any{"cidrs": []any{"10.1.0.0/16", "192.168.0.0/16"}},
	}}, nil)
	require.NoError(t, err)
	assert.Len(t, res.Findings, 1)
}
