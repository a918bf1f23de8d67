package policies

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestAddDirLimits(t *testing.T) {
	lib, err := LoadBuiltin()
	require.NoError(t, err)

	big := writePolicy(t, "big.rego", policyHeader+"# "+strings.Repeat("x", MaxPolicySize)+"\n")
	err = lib.AddDir(big)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "big.rego: ")
	assert.Contains(t, err.Error(), "larger than the file size limit (4194439 bytes, limit 4194304 bytes)")

	// A parse error names the file and line, not the line's text.
	broken := writePolicy(t, "x.rego", policyHeader+"deny contains x if { secret-text-here }}\n")
	err = lib.AddDir(broken)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "x.rego:9")
	assert.NotContains(t, err.Error(), "secret-text-here")
}

// A directory a configuration names is read through an os.Root: a link
// out of it is refused, unread; one inside it is followed.
func TestAddDirIn(t *testing.T) {
	outside := writePolicy(t, "out.rego", "package secret\n")
	dir := t.TempDir()
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "p"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "real.rego"), []byte(policyHeader+"deny contains {\"msg\": \"x\"} if { input.resource.acl == \"public-read\" }\n"), 0o644))
	require.NoError(t, os.Symlink("../real.rego", filepath.Join(dir, "p", "in.rego")))
	root, err := os.OpenRoot(dir)
	require.NoError(t, err)
	defer root.Close()

	lib, err := LoadBuiltin()
	require.NoError(t, err)
	unread, err := lib.AddDirIn(root, "p", "cfg/p")
	require.NoError(t, err)
	assert.Empty(t, unread)
	require.NotNil(t, lib.Rule("ACME-X-001"))
	assert.Equal(t, "cfg/p/in.rego", lib.Rule("ACME-X-001").File)

	// A link out is skipped and reported; the other policies still load.
	require.NoError(t, os.Symlink(filepath.Join(outside, "out.rego"), filepath.Join(dir, "p", "out.rego")))
	lib, err = LoadBuiltin()
	require.NoError(t, err)
	unread, err = lib.AddDirIn(root, "p", "cfg/p")
	require.NoError(t, err)
	require.Len(t, unread, 1)
	assert.Equal(t, "cfg/p/out.rego: a symbolic link leads outside the directory; refused", unread[0].Error())
	assert.NotNil(t, lib.Rule("ACME-X-001"))

	require.NoError(t, os.Symlink(outside, filepath.Join(dir, "linked")))
	unread, err = lib.AddDirIn(root, "linked", "cfg/linked")
	require.NoError(t, err)
	require.Len(t, unread, 1)
	assert.Equal(t, "cfg/linked: a symbolic link leads outside the directory; refused", unread[0].Error())
}

// A module with neither metadata nor a deny rule is a helper the policies
// beside it may import; one with only one of them is a policy missing the
// other.
func TestCustomHelperModule(t *testing.T) {
	dir := writePolicy(t, "helper.rego", "package acme.helpers\n\npublic(r) if { r.acl == \"public-read\" }\n")
	require.NoError(t, os.WriteFile(filepath.Join(dir, "x.rego"), []byte(policyHeader+
		"import data.acme.helpers\n\ndeny contains {\"msg\": \"x\"} if { helpers.public(input.resource) }\n"), 0o644))
	lib, err := LoadBuiltin()
	require.NoError(t, err)
	require.NoError(t, lib.AddDir(dir))
	eng, err := New(lib, Options{Only: []string{"ACME"}})
	require.NoError(t, err)
	require.NoError(t, eng.Validate())
	assert.Len(t, eng.Rules(), 1)

	lib, err = LoadBuiltin()
	require.NoError(t, err)
	err = lib.AddDir(writePolicy(t, "nometa.rego", "package acme.nometa\n\ndeny contains \"x\" if { true }\n"))
	assert.ErrorContains(t, err, "nometa.rego:1: policy has no package-scoped # METADATA annotation")
}

// testdata directories inside a policy directory hold fixtures, not
// policies; a policy directory that itself sits below one is loaded.
func TestAddDirTestdata(t *testing.T) {
	parent := t.TempDir()
	dir := filepath.Join(parent, "testdata", "policies")
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "testdata"), 0o755))
	src := policyHeader + "deny contains {\"msg\": \"x\"} if { input.resource.acl == \"public-read\" }\n"
	require.NoError(t, os.WriteFile(filepath.Join(dir, "x.rego"), []byte(src), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "testdata", "fixture.rego"), []byte("not rego at all"), 0o644))
	lib, err := LoadBuiltin()
	require.NoError(t, err)
	require.NoError(t, lib.AddDir(dir))
	assert.NotNil(t, lib.Rule("ACME-X-001"))
}
