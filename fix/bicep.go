package fix

import (
	"github.com/posture-dev/posture/policies"
)

// planBicep fixes a finding in a .bicep file in Bicep syntax.
func planBicep(f *policies.Finding, d *Declaration, files *Files) (*policies.Fix, string, error) {
	return nil, "posture cannot edit Bicep files yet", nil
}
