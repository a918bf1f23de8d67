# METADATA
# title: App Service and Function apps have remote debugging off
# description: |
#   Remote debugging opens debugger ports into production apps and lets a
#   debugger attach to the running process and its secrets.
# custom:
#   id: AZ-APP-005
#   severity: medium
#   resource_types: [Microsoft.Web/sites, Microsoft.Web/sites/slots, Microsoft.Web/sites/config, Microsoft.Web/sites/slots/config]
#   formats: [terraform, arm]
#   control: Remediate security configurations
#   compliance:
#     mcsb: [PV-2]
#     cis-azure: ["9.12"]
#   defender: App Service apps should have remote debugging turned off; Function apps should have remote debugging turned off
#   remediation:
#     terraform: >-
#       Set `site_config { remote_debugging_enabled = false }` (or remove it; the default is false).
#     arm: >-
#       Set `"remoteDebuggingEnabled": false` in `properties.siteConfig` (or in the `config` resource named `web`), or leave it out.
#   fix:
#     terraform: {set: {site_config.remote_debugging_enabled: false}}
#     arm: {set: {properties.siteConfig.remoteDebuggingEnabled: false}}
#     arm/Microsoft.Web/sites/config: {set: {properties.remoteDebuggingEnabled: false}}
#     arm/Microsoft.Web/sites/slots/config: {set: {properties.remoteDebuggingEnabled: false}}
#   since: 0.1.0
package posture.azure.appservice.remote_debugging

import data.posture.lib
import data.posture.lib.azure

config_path := ["properties", "siteConfig"] if {
	input.type in {"Microsoft.Web/sites", "Microsoft.Web/sites/slots"}
}

config_path := ["properties"] if {
	input.type in {"Microsoft.Web/sites/config", "Microsoft.Web/sites/slots/config"}
	lower(input.name) == "web"
}

deny contains {"msg": msg, "path": path} if {
	path := array.concat(config_path, ["remoteDebuggingEnabled"])
	object.get(input.resource, path, false) == true
	msg := sprintf("App %s has remote debugging enabled: %s.", [azure.site_label, lib.found(path, "")])
}
