# METADATA
# title: Application Gateway requires TLS 1.2 or newer
# description: |
#   TLS 1.0 and 1.1 are deprecated and open to downgrade attacks on the
#   traffic between clients and the AI front end. Older predefined policies,
#   and the default policy of API versions before 2023-02-01, still accept
#   them.
# custom:
#   id: AZ-WAF-005
#   severity: medium
#   resource_types: [Microsoft.Network/applicationGateways]
#   formats: [terraform, arm]
#   control: Encrypt data in transit
#   compliance:
#     mcsb: [DP-3]
#   remediation:
#     terraform: >-
#       Set `ssl_policy { policy_type = "Predefined", policy_name = "AppGwSslPolicy20220101" }` (or a custom policy with `min_protocol_version = "TLSv1_2"`).
#     arm: >-
#       Set `"sslPolicy": {"policyType": "Predefined", "policyName": "AppGwSslPolicy20220101"}` in `properties` (or `minProtocolVersion` `TLSv1_2`).
#   since: 0.2.0
package posture.azure.waf.application_gateway_tls

import data.posture.lib

ssl_policy := ["properties", "sslPolicy"]

# Predefined policies whose minimum protocol is older than TLS 1.2.
weak_predefined := {"appgwsslpolicy20150501", "appgwsslpolicy20170401"}

weak_min := {"tlsv1_0", "tlsv1_1"}

deny contains {"msg": msg, "path": path} if {
	path := array.concat(ssl_policy, ["minProtocolVersion"])
	v := object.get(input.resource, path, "")
	is_string(v)
	lower(v) in weak_min
	msg := sprintf("Application Gateway %s accepts TLS versions older than 1.2: %s.", [lib.label, lib.found(path, "")])
}

deny contains {"msg": msg, "path": path} if {
	path := array.concat(ssl_policy, ["policyName"])
	v := object.get(input.resource, path, "")
	is_string(v)
	lower(v) in weak_predefined
	not lib.has_value(array.concat(ssl_policy, ["minProtocolVersion"]))
	msg := sprintf("Application Gateway %s uses a predefined TLS policy that accepts TLS versions older than 1.2: %s.", [lib.label, lib.found(path, "")])
}

# ARM: without an SSL policy, API versions before 2023-02-01 apply
# AppGwSslPolicy20150501 (TLS 1.0); later ones AppGwSslPolicy20220101.
deny contains {"msg": msg, "path": ssl_policy} if {
	input.format == "arm"
	not lib.has_value(ssl_policy)
	lib.known("apiVersion")
	api := object.get(input.resource, "apiVersion", "")
	is_string(api)
	api != ""
	api < "2023-02-01"
	msg := sprintf("Application Gateway %s sets no TLS policy: with API version %s the default AppGwSslPolicy20150501 accepts TLS 1.0 and 1.1.", [lib.label, api])
}
