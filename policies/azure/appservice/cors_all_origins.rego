# METADATA
# title: App Service and Function apps do not allow CORS from every origin
# description: |
#   A CORS policy of "*" lets any web page call the app from a user's
#   browser with the user's session, which turns an AI API into a data
#   source for any site.
# custom:
#   id: AZ-APP-007
#   severity: medium
#   resource_types: [Microsoft.Web/sites, Microsoft.Web/sites/slots, Microsoft.Web/sites/config, Microsoft.Web/sites/slots/config]
#   formats: [terraform, arm]
#   control: Remediate security configurations
#   compliance:
#     mcsb: [PV-2]
#   defender: App Service apps should not have CORS configured to allow every resource to access your apps; Function apps should not have CORS configured to allow every resource to access your apps
#   remediation:
#     terraform: >-
#       List the front-end origins in `site_config { cors { allowed_origins = [...] } }` instead of "*".
#     arm: >-
#       List the front-end origins in `cors.allowedOrigins` of `properties.siteConfig` (or of the `config` resource named `web`) instead of "*".
#   since: 0.2.0
package posture.azure.appservice.cors_all_origins

import data.posture.lib
import data.posture.lib.azure

config_path := ["properties", "siteConfig"] if input.type in {"Microsoft.Web/sites", "Microsoft.Web/sites/slots"}

config_path := ["properties"] if {
	input.type in {"Microsoft.Web/sites/config", "Microsoft.Web/sites/slots/config"}
	lower(input.name) == "web"
}

origins := array.concat(config_path, ["cors", "allowedOrigins"])

deny contains {"msg": msg, "path": path} if {
	some i, origin in object.get(input.resource, origins, [])
	trim_space(origin) == "*"
	path := array.concat(origins, [i])
	msg := sprintf("App %s allows cross-origin calls from every web site: %s lists \"*\".", [azure.site_label, lib.attr(lib.path_string(origins))])
}
