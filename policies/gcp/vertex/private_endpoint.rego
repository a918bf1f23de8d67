# METADATA
# title: Vertex AI endpoints are private
# description: |
#   A public prediction or vector-search endpoint accepts requests from
#   anywhere on the internet that holds a token. Endpoints are public unless
#   they are peered to a VPC (network) or use Private Service Connect.
# custom:
#   id: GCP-VAI-006
#   severity: medium
#   resource_types: [google_vertex_ai_endpoint, google_vertex_ai_index_endpoint]
#   formats: [terraform]
#   control: Restrict unauthorized network access
#   compliance:
#     mcsb: [NS-2]
#   remediation:
#     terraform: >-
#       Set `network` (VPC peering) or `private_service_connect_config { enable_private_service_connect = true }`; on index endpoints do not set `public_endpoint_enabled = true`.
#   since: 0.1.0
package posture.gcp.vertex.private_endpoint

import data.posture.lib
import data.posture.lib.terraform

kinds := {
	"google_vertex_ai_endpoint": "Vertex AI endpoint",
	"google_vertex_ai_index_endpoint": "Vertex AI index endpoint",
}

psc_path := ["private_service_connect_config", 0, "enable_private_service_connect"]

private if object.get(input.resource, "network", "") != ""

private if object.get(input.resource, psc_path, false) == true

deny contains {"msg": msg, "path": ["public_endpoint_enabled"]} if {
	input.type == "google_vertex_ai_index_endpoint"
	input.resource.public_endpoint_enabled == true
	msg := sprintf("%s %s is reachable from the internet: public_endpoint_enabled = true.", [kinds[input.type], terraform.label])
}

deny contains {"msg": msg, "path": terraform.block_path("private_service_connect_config")} if {
	not input.resource.public_endpoint_enabled == true
	not private
	lib.known("network")
	msg := sprintf("%s %s is public: network is not set and %s.", [
		kinds[input.type], terraform.label, terraform.found(psc_path, "no Private Service Connect"),
	])
}
