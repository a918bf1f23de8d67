# METADATA
# title: App Service and Function apps require TLS 1.2 or newer
# description: |
#   TLS 1.0 and 1.1 are deprecated and open to downgrade attacks on the
#   traffic of AI front ends and APIs. Both the app and its SCM (Kudu)
#   endpoint must require TLS 1.2 or newer.
# custom:
#   id: AZ-APP-002
#   severity: medium
#   resource_types: [Microsoft.Web/sites, Microsoft.Web/sites/slots, Microsoft.Web/sites/config, Microsoft.Web/sites/slots/config]
#   formats: [terraform, arm]
#   control: Encrypt data in transit
#   compliance:
#     mcsb: [DP-3, NS-8]
#     cis-azure: ["9.4"]
#   defender: App Service apps should use the latest TLS version; Function apps should use the latest TLS version
#   remediation:
#     terraform: >-
#       Set `site_config { minimum_tls_version = "1.2", scm_minimum_tls_version = "1.2" }` (legacy `azurerm_app_service`: `min_tls_version`, `scm_min_tls_version`), or remove them; the default is 1.2.
#     arm: >-
#       Set `"minTlsVersion": "1.2"` and `"scmMinTlsVersion": "1.2"` in `properties.siteConfig` (or in the `config` resource named `web`).
#   fix:
#     terraform: {set: {site_config.minimum_tls_version: "1.2", site_config.scm_minimum_tls_version: "1.2"}}
#     terraform/azurerm_app_service: {set: {site_config.min_tls_version: "1.2", site_config.scm_min_tls_version: "1.2"}}
#     terraform/azurerm_function_app: {set: {site_config.min_tls_version: "1.2", site_config.scm_min_tls_version: "1.2"}}
#     arm: {set: {properties.siteConfig.minTlsVersion: "1.2", properties.siteConfig.scmMinTlsVersion: "1.2"}}
#     arm/Microsoft.Web/sites/config: {set: {properties.minTlsVersion: "1.2", properties.scmMinTlsVersion: "1.2"}}
#     arm/Microsoft.Web/sites/slots/config: {set: {properties.minTlsVersion: "1.2", properties.scmMinTlsVersion: "1.2"}}
#   since: 0.1.0
package posture.azure.appservice.min_tls

import data.posture.lib
import data.posture.lib.azure

weak := {"1.0", "1.1"}

# The site configuration: properties.siteConfig of a site or slot, or the
# properties of its config/web child.
config_path := ["properties", "siteConfig"] if {
	input.type in {"Microsoft.Web/sites", "Microsoft.Web/sites/slots"}
}

config_path := ["properties"] if {
	input.type in {"Microsoft.Web/sites/config", "Microsoft.Web/sites/slots/config"}
	lower(input.name) == "web"
}

endpoints := {"minTlsVersion": "app", "scmMinTlsVersion": "SCM (Kudu)"}

deny contains {"msg": msg, "path": path} if {
	some field, what in endpoints
	path := array.concat(config_path, [field])
	value := object.get(input.resource, path, "1.2")
	is_string(value)
	value in weak
	msg := sprintf("App %s accepts TLS versions older than 1.2 on its %s endpoint: %s.", [
		azure.site_label, what,
		lib.found(path, ""),
	])
}
