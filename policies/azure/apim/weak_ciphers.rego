# METADATA
# title: API Management does not enable weak cipher suites
# description: |
#   Triple DES and the CBC cipher suites without forward secrecy are weak;
#   enabling them lets clients and back ends negotiate them with the AI
#   gateway.
# custom:
#   id: AZ-APIM-004
#   severity: low
#   resource_types: [Microsoft.ApiManagement/service]
#   formats: [terraform, arm]
#   control: Encrypt data in transit
#   compliance:
#     mcsb: [DP-3]
#   remediation:
#     terraform: >-
#       Remove `triple_des_ciphers_enabled` (v3 `enable_triple_des_ciphers`) and the `tls_*_cbc_*_ciphers_enabled` settings from the `security` block, or set them to false.
#     arm: >-
#       Set the `Microsoft.WindowsAzure.ApiManagement.Gateway.Security.Ciphers.*` entries for TripleDes168 and the CBC suites to "False" in `properties.customProperties`.
#   since: 0.2.0
package posture.azure.apim.weak_ciphers

import data.posture.lib

# Weak cipher suites: 3DES and the CBC suites without forward secrecy.
settings := {cipher: "the weak cipher suite" |
	some cipher in {
		"Ciphers.TripleDes168",
		"Ciphers.TLS_RSA_WITH_AES_128_CBC_SHA",
		"Ciphers.TLS_RSA_WITH_AES_256_CBC_SHA",
		"Ciphers.TLS_RSA_WITH_AES_128_CBC_SHA256",
		"Ciphers.TLS_RSA_WITH_AES_256_CBC_SHA256",
		"Ciphers.TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
		"Ciphers.TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA",
		"Ciphers.TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA",
		"Ciphers.TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA",
	}
}

deny contains {"msg": msg, "path": path} if {
	some setting, what in settings
	key := concat("", ["Microsoft.WindowsAzure.ApiManagement.Gateway.Security.", setting])
	value := object.get(input.resource, ["properties", "customProperties", key], false)
	on(value)
	path := ["properties", "customProperties", key]
	msg := sprintf("API Management service %s enables %s %s: %s.", [lib.label, what, substring(setting, 8, -1), shown(key, value)])
}

on(true)

on(value) if lib.eq_ci(value, "true")

# shown names the setting as written: the Terraform attribute for azurerm,
# else the ARM key. (The key holds dots, so its path string quotes it.)
shown(key, value) := sprintf("%s = %s", [input.names[p], input.written[p]]) if {
	p := sprintf("properties.customProperties[%q]", [key])
	input.written[p]
} else := sprintf("customProperties %q is %v", [key, value])
