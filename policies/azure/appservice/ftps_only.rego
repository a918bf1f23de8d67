# METADATA
# title: App Service and Function apps disable plain FTP
# description: |
#   Plain FTP sends deployment credentials and application code in clear
#   text. Deployments should use FTPS only, or FTP should be disabled.
# custom:
#   id: AZ-APP-003
#   severity: medium
#   resource_types: [Microsoft.Web/sites, Microsoft.Web/sites/slots, Microsoft.Web/sites/config, Microsoft.Web/sites/slots/config]
#   formats: [terraform, arm]
#   control: Encrypt data in transit
#   compliance:
#     mcsb: [DP-3]
#     cis-azure: ["9.3"]
#   defender: App Service apps should require FTPS only; Function apps should require FTPS only
#   remediation:
#     terraform: >-
#       Set `site_config { ftps_state = "Disabled" }` (or "FtpsOnly"); the default of the current app resources is Disabled.
#     arm: >-
#       Set `"ftpsState": "Disabled"` (or "FtpsOnly") in `properties.siteConfig` (or in the `config` resource named `web`).
#   fix:
#     terraform: {set: {site_config.ftps_state: "Disabled"}}
#     arm: {set: {properties.siteConfig.ftpsState: "Disabled"}}
#     arm/Microsoft.Web/sites/config: {set: {properties.ftpsState: "Disabled"}}
#     arm/Microsoft.Web/sites/slots/config: {set: {properties.ftpsState: "Disabled"}}
#   since: 0.1.0
package posture.azure.appservice.ftps_only

import data.posture.lib
import data.posture.lib.azure

sites := {"Microsoft.Web/sites", "Microsoft.Web/sites/slots"}

configs := {"Microsoft.Web/sites/config", "Microsoft.Web/sites/slots/config"}

config_path := ["properties", "siteConfig"] if input.type in sites

config_path := ["properties"] if {
	input.type in configs
	lower(input.name) == "web"
}

path := array.concat(config_path, ["ftpsState"])

deny contains {"msg": msg, "path": path} if {
	lib.eq_ci(object.get(input.resource, path, ""), "AllAllowed")
	msg := sprintf("App %s accepts plain FTP deployments: %s.", [azure.site_label, lib.found(path, "")])
}

# The config/web child of the site, when the scan has one, says it.
config_child if {
	some t in configs
	some c in lib.referrers(t)
	lower(c.name) == "web"
}

# ARM: an absent ftpsState leaves the service default, historically
# AllAllowed; whether FTP is open cannot be decided from the template.
deny contains {"msg": msg, "path": path, "status": "review"} if {
	input.type in sites
	not lib.has_value(path)
	lib.known_under("properties.siteConfig")
	not config_child
	msg := sprintf("App %s does not set its FTP state: %s.", [
		lib.label,
		lib.found(path, "the service default, historically AllAllowed, applies"),
	])
}
