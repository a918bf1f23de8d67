# METADATA
# title: Cloud Function ingress is not open to all traffic
# description: |
#   With ingress ALLOW_ALL a function's URL takes requests from the whole
#   internet, past any load balancer, Cloud Armor policy or VPC Service
#   Controls perimeter. Internal ingress (or internal and Cloud Load
#   Balancing) keeps it reachable only through guarded paths. ALLOW_ALL is
#   the default.
# custom:
#   id: GCP-FN-002
#   severity: medium
#   resource_types: [google_cloudfunctions_function, google_cloudfunctions2_function]
#   formats: [terraform]
#   control: Restrict unauthorized network access
#   compliance:
#     mcsb: [NS-2]
#   remediation:
#     terraform: >-
#       Set `ingress_settings = "ALLOW_INTERNAL_ONLY"` (or `"ALLOW_INTERNAL_AND_GCLB"` behind an external load balancer); on `google_cloudfunctions2_function` it goes in `service_config`.
#   fix:
#     terraform: {set: {ingress_settings: "ALLOW_INTERNAL_ONLY"}}
#     terraform/google_cloudfunctions2_function: {set: {service_config.ingress_settings: "ALLOW_INTERNAL_ONLY"}}
#   since: 0.2.0
package posture.gcp.functions.ingress

import data.posture.lib.terraform

path := ["service_config", 0, "ingress_settings"] if input.type == "google_cloudfunctions2_function"

else := ["ingress_settings"]

deny contains {"msg": msg, "path": path} if {
	object.get(input.resource, path, "ALLOW_ALL") == "ALLOW_ALL"
	msg := sprintf("Cloud Function %s accepts requests from the whole internet: %s.", [
		terraform.label, terraform.found(path, "ALLOW_ALL is the default"),
	])
}
