# METADATA
# title: API Management accepts TLS 1.2 or newer only
# description: |
#   SSL 3.0, TLS 1.0 and TLS 1.1 are deprecated and open to downgrade
#   attacks on the calls between clients, the AI gateway and the model back
#   ends.
# custom:
#   id: AZ-APIM-003
#   severity: medium
#   resource_types: [Microsoft.ApiManagement/service]
#   formats: [terraform, arm]
#   control: Encrypt data in transit
#   compliance:
#     mcsb: [DP-3]
#   remediation:
#     terraform: >-
#       Remove the `security` settings that enable SSL 3.0, TLS 1.0 or TLS 1.1 (`frontend_tls10_enabled`, `backend_tls11_enabled`, …; azurerm v3: `enable_frontend_tls10`, …) or set them to false.
#     arm: >-
#       Set the `Microsoft.WindowsAzure.ApiManagement.Gateway.Security.(Backend.)Protocols.Ssl30/Tls10/Tls11` entries of `properties.customProperties` to "False".
#   since: 0.2.0
package posture.azure.apim.protocols

import data.posture.lib

# The gateway settings for deprecated protocols, client side and back end.
settings := {
	"Protocols.Ssl30": "SSL 3.0 from clients",
	"Protocols.Tls10": "TLS 1.0 from clients",
	"Protocols.Tls11": "TLS 1.1 from clients",
	"Backend.Protocols.Ssl30": "SSL 3.0 to back ends",
	"Backend.Protocols.Tls10": "TLS 1.0 to back ends",
	"Backend.Protocols.Tls11": "TLS 1.1 to back ends",
}

deny contains {"msg": msg, "path": path} if {
	some setting, what in settings
	key := concat("", ["Microsoft.WindowsAzure.ApiManagement.Gateway.Security.", setting])
	value := object.get(input.resource, ["properties", "customProperties", key], false)
	on(value)
	path := ["properties", "customProperties", key]
	msg := sprintf("API Management service %s accepts %s: %s.", [lib.label, what, shown(key, value)])
}

on(true)

on(value) if lib.eq_ci(value, "true")

# shown names the setting as written: the Terraform attribute for azurerm,
# else the ARM key. (The key holds dots, so its path string quotes it.)
shown(key, value) := sprintf("%s = %s", [input.names[p], input.written[p]]) if {
	p := sprintf("properties.customProperties[%q]", [key])
	input.written[p]
} else := sprintf("customProperties %q is %v", [key, value])
