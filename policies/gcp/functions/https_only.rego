# METADATA
# title: HTTP-triggered Cloud Function (1st gen) accepts HTTPS only
# description: |
#   A 1st gen function with an HTTP trigger answers plain HTTP as well
#   unless its security level is SECURE_ALWAYS: prompts, tokens and
#   responses then cross the network in clear text. SECURE_OPTIONAL is the
#   default; 2nd gen functions always redirect to HTTPS.
# custom:
#   id: GCP-FN-003
#   severity: medium
#   resource_types: [google_cloudfunctions_function]
#   formats: [terraform]
#   control: Encrypt data in transit
#   compliance:
#     mcsb: [DP-3]
#   remediation:
#     terraform: >-
#       Set `https_trigger_security_level = "SECURE_ALWAYS"` on the function.
#   fix:
#     terraform: {set: {https_trigger_security_level: "SECURE_ALWAYS"}}
#   since: 0.2.0
package posture.gcp.functions.https_only

import data.posture.lib
import data.posture.lib.terraform

deny contains {"msg": msg, "path": ["https_trigger_security_level"]} if {
	input.resource.trigger_http == true
	object.get(input.resource, "https_trigger_security_level", "SECURE_OPTIONAL") != "SECURE_ALWAYS"
	lib.known("https_trigger_security_level")
	msg := sprintf("Cloud Function %s answers plain HTTP: %s.", [
		terraform.label, terraform.found(["https_trigger_security_level"], "SECURE_OPTIONAL is the default"),
	])
}
