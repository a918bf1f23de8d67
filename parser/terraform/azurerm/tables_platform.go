package azurerm

// The platform around the AI services (Catalogue II): Container Apps, API
// Management, Application Gateway and Front Door WAF, Azure Firewall,
// virtual machines and scale sets, managed disks, PostgreSQL and MySQL
// flexible servers, Redis, Event Hubs, Service Bus, Databricks, Data
// Factory, Synapse, Log Analytics and Application Insights.
// docs/spec/azure.md gives the source of every default.

// managedVnet turns Synapse's managed_virtual_network_enabled into ARM's
// managedVirtualNetwork, "default" when the workspace has one.
var managedVnet = enumOfBool("managedVnet", "default", "")

// apimCustom is the key of an API Management gateway setting in
// properties.customProperties.
func apimCustom(setting string) string {
	return `properties.customProperties["Microsoft.WindowsAzure.ApiManagement.Gateway.Security.` + setting + `"]`
}

// apimSecurity maps the security block: v4 names first, then the v3
// enable_* spellings of the same settings. None has a default: an absent
// setting is the service's own default (off for services created after
// April 2018).
func apimSecurity() []entry {
	settings := []struct{ v4, v3, key string }{
		{"frontend_ssl30_enabled", "enable_frontend_ssl30", "Protocols.Ssl30"},
		{"frontend_tls10_enabled", "enable_frontend_tls10", "Protocols.Tls10"},
		{"frontend_tls11_enabled", "enable_frontend_tls11", "Protocols.Tls11"},
		{"backend_ssl30_enabled", "enable_backend_ssl30", "Backend.Protocols.Ssl30"},
		{"backend_tls10_enabled", "enable_backend_tls10", "Backend.Protocols.Tls10"},
		{"backend_tls11_enabled", "enable_backend_tls11", "Backend.Protocols.Tls11"},
		{"triple_des_ciphers_enabled", "enable_triple_des_ciphers", "Ciphers.TripleDes168"},
		{"tls_rsa_with_aes128_cbc_sha_ciphers_enabled", "", "Ciphers.TLS_RSA_WITH_AES_128_CBC_SHA"},
		{"tls_rsa_with_aes256_cbc_sha_ciphers_enabled", "", "Ciphers.TLS_RSA_WITH_AES_256_CBC_SHA"},
		{"tls_rsa_with_aes128_cbc_sha256_ciphers_enabled", "", "Ciphers.TLS_RSA_WITH_AES_128_CBC_SHA256"},
		{"tls_rsa_with_aes256_cbc_sha256_ciphers_enabled", "", "Ciphers.TLS_RSA_WITH_AES_256_CBC_SHA256"},
		{"tls_ecdhe_rsa_with_aes128_cbc_sha_ciphers_enabled", "", "Ciphers.TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA"},
		{"tls_ecdhe_rsa_with_aes256_cbc_sha_ciphers_enabled", "", "Ciphers.TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA"},
		{"tls_ecdhe_ecdsa_with_aes128_cbc_sha_ciphers_enabled", "", "Ciphers.TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA"},
		{"tls_ecdhe_ecdsa_with_aes256_cbc_sha_ciphers_enabled", "", "Ciphers.TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA"},
		{"tls_rsa_with_aes128_gcm_sha256_ciphers_enabled", "", "Ciphers.TLS_RSA_WITH_AES_128_GCM_SHA256"},
		{"tls_rsa_with_aes256_gcm_sha384_ciphers_enabled", "", "Ciphers.TLS_RSA_WITH_AES_256_GCM_SHA384"},
	}
	var es []entry
	for _, s := range settings {
		es = append(es, f("security."+s.v4, apimCustom(s.key)))
		if s.v3 != "" {
			es = append(es, f("security."+s.v3, apimCustom(s.key)))
		}
	}
	return es
}

// vmProfile is what virtual machines and scale sets share, relative to the
// VM body (properties of a VM, properties.virtualMachineProfile of a scale
// set). The azurerm resources default Secure Boot, vTPM and encryption at
// host to false; the Linux ones default disable_password_authentication to
// true.
func vmProfile(linux bool) []entry {
	es := []entry{
		f("admin_username", "osProfile.adminUsername"),
		f("admin_password", "osProfile.adminPassword"),
		f("encryption_at_host_enabled", "securityProfile.encryptionAtHost").or(false),
		f("secure_boot_enabled", "securityProfile.uefiSettings.secureBootEnabled").or(false),
		f("vtpm_enabled", "securityProfile.uefiSettings.vTpmEnabled").or(false),
		f("os_disk.disk_encryption_set_id", "storageProfile.osDisk.managedDisk.diskEncryptionSet.id"),
		f("os_disk.storage_account_type", "storageProfile.osDisk.managedDisk.storageAccountType"),
		f("source_image_id", "storageProfile.imageReference.id"),
	}
	if linux {
		es = append(es, f("disable_password_authentication", "osProfile.linuxConfiguration.disablePasswordAuthentication").or(true))
	}
	return es
}

// scaleSetNetwork is the network_interface blocks of a scale set: a
// public_ip_address block gives every instance a public IP.
var scaleSetNetwork = list("network_interface", "properties.virtualMachineProfile.networkProfile.networkInterfaceConfigurations",
	f("name", "name"),
	f("primary", "properties.primary"),
	f("network_security_group_id", "properties.networkSecurityGroup.id"),
	list("ip_configuration", "properties.ipConfigurations",
		f("name", "name"),
		f("subnet_id", "properties.subnet.id"),
		fc("public_ip_address", "properties.publicIPAddressConfiguration", present),
	),
)

// flexibleServer is what the PostgreSQL and MySQL flexible servers share.
// Both services keep the server public unless it is injected into a
// subnet; azurerm v4 defaults public_network_access_enabled to true.
func flexibleServer() []entry {
	return []entry{
		f("version", "properties.version"),
		f("sku_name", "sku.name"),
		f("administrator_login", "properties.administratorLogin"),
		f("administrator_password", "properties.administratorLoginPassword"),
		f("delegated_subnet_id", "properties.network.delegatedSubnetResourceId"),
		f("private_dns_zone_id", "properties.network.privateDnsZoneArmResourceId"),
		fc("public_network_access_enabled", "properties.network.publicNetworkAccess", enabled).or("Enabled"),
		fc("geo_redundant_backup_enabled", "properties.backup.geoRedundantBackup", enabled).or("Disabled"),
		f("backup_retention_days", "properties.backup.backupRetentionDays"),
		f("customer_managed_key.key_vault_key_id", "properties.dataEncryption.primaryKeyURI"),
		f("customer_managed_key.primary_user_assigned_identity_id", "properties.dataEncryption.primaryUserAssignedIdentityId"),
	}
}

// messaging is what Event Hubs and Service Bus namespaces share.
var messaging = []entry{
	f("sku", "sku.name"),
	fc("local_authentication_enabled", "properties.disableLocalAuth", not).or(false),
	fc("public_network_access_enabled", "properties.publicNetworkAccess", enabled).or("Enabled"),
	f("minimum_tls_version", "properties.minimumTlsVersion").or("1.2"),
}

// monitorIngestion is what Log Analytics workspaces and Application
// Insights components share.
var monitorIngestion = []entry{
	fc("internet_ingestion_enabled", "properties.publicNetworkAccessForIngestion", enabled).or("Enabled"),
	fc("internet_query_enabled", "properties.publicNetworkAccessForQuery", enabled).or("Enabled"),
}

var platformMappings = map[string]mapping{
	"azurerm_container_app": {"Microsoft.App/containerApps", top(
		f("container_app_environment_id", "properties.managedEnvironmentId"),
		f("revision_mode", "properties.configuration.activeRevisionsMode"),
		f("ingress.external_enabled", "properties.configuration.ingress.external").orInBlock(false),
		f("ingress.allow_insecure_connections", "properties.configuration.ingress.allowInsecure").orInBlock(false),
		f("ingress.target_port", "properties.configuration.ingress.targetPort"),
		f("ingress.transport", "properties.configuration.ingress.transport"),
		list("secret", "properties.configuration.secrets",
			f("name", "name"),
			f("value", "value"),
			f("key_vault_secret_id", "keyVaultUrl"),
			f("identity", "identity"),
		),
	)},

	"azurerm_container_app_environment": {"Microsoft.App/managedEnvironments", top(
		f("infrastructure_subnet_id", "properties.vnetConfiguration.infrastructureSubnetId"),
		f("internal_load_balancer_enabled", "properties.vnetConfiguration.internal").or(false),
		f("public_network_access", "properties.publicNetworkAccess"),
		f("mutual_tls_enabled", "properties.peerAuthentication.mtls.enabled").or(false),
		f("zone_redundancy_enabled", "properties.zoneRedundant"),
	)},

	// Plans and App Service Environments: an app whose plan runs in an
	// environment with an internal load balancer has no public endpoint.
	"azurerm_service_plan": {"Microsoft.Web/serverfarms", top(
		f("sku_name", "sku.name"),
		f("app_service_environment_id", "properties.hostingEnvironmentProfile.id"),
	)},

	"azurerm_app_service_environment_v3": {"Microsoft.Web/hostingEnvironments", top(
		f("subnet_id", "properties.virtualNetwork.id"),
		f("internal_load_balancing_mode", "properties.internalLoadBalancingMode").or("None"),
	)},

	"azurerm_api_management": {"Microsoft.ApiManagement/service", top(concat([]entry{
		f("sku_name", "sku.name"),
		fc("public_network_access_enabled", "properties.publicNetworkAccess", enabled).or("Enabled"),
		f("virtual_network_type", "properties.virtualNetworkType").or("None"),
		f("virtual_network_configuration.subnet_id", "properties.virtualNetworkConfiguration.subnetResourceId"),
		f("min_api_version", "properties.apiVersionConstraint.minApiVersion"),
	}, apimSecurity())...)},

	"azurerm_api_management_backend": {"Microsoft.ApiManagement/service/backends", child("api_management_name",
		f("url", "properties.url"),
		f("protocol", "properties.protocol"),
		f("credentials.header", "properties.credentials.header"),
		f("credentials.query", "properties.credentials.query"),
		f("credentials.authorization.scheme", "properties.credentials.authorization.scheme"),
		f("credentials.authorization.parameter", "properties.credentials.authorization.parameter"),
	)},

	"azurerm_api_management_named_value": {"Microsoft.ApiManagement/service/namedValues", child("api_management_name",
		f("display_name", "properties.displayName"),
		f("value", "properties.value"),
		f("secret", "properties.secret").or(false),
		f("value_from_key_vault.secret_id", "properties.keyVault.secretIdentifier"),
		f("value_from_key_vault.identity_client_id", "properties.keyVault.identityClientId"),
	)},

	"azurerm_api_management_api": {"Microsoft.ApiManagement/service/apis", child("api_management_name",
		f("display_name", "properties.displayName"),
		f("path", "properties.path"),
		f("protocols", "properties.protocols"),
		f("service_url", "properties.serviceUrl"),
		f("subscription_required", "properties.subscriptionRequired").or(true),
	)},

	"azurerm_application_gateway": {"Microsoft.Network/applicationGateways", top(
		f("sku.name", "properties.sku.name"),
		f("sku.tier", "properties.sku.tier"),
		f("firewall_policy_id", "properties.firewallPolicy.id"),
		f("waf_configuration.enabled", "properties.webApplicationFirewallConfiguration.enabled"),
		f("waf_configuration.firewall_mode", "properties.webApplicationFirewallConfiguration.firewallMode"),
		f("waf_configuration.rule_set_type", "properties.webApplicationFirewallConfiguration.ruleSetType"),
		f("waf_configuration.rule_set_version", "properties.webApplicationFirewallConfiguration.ruleSetVersion"),
		f("ssl_policy.policy_type", "properties.sslPolicy.policyType"),
		f("ssl_policy.policy_name", "properties.sslPolicy.policyName"),
		f("ssl_policy.min_protocol_version", "properties.sslPolicy.minProtocolVersion"),
		f("ssl_policy.disabled_protocols", "properties.sslPolicy.disabledSslProtocols"),
	)},

	// The provider defaults enabled and mode inside policy_settings; without
	// the block the service decides.
	"azurerm_web_application_firewall_policy": {"Microsoft.Network/ApplicationGatewayWebApplicationFirewallPolicies", top(
		fc("policy_settings.enabled", "properties.policySettings.state", enabled).orInBlock("Enabled"),
		f("policy_settings.mode", "properties.policySettings.mode").orInBlock("Prevention"),
		f("policy_settings.request_body_check", "properties.policySettings.requestBodyCheck"),
	)},

	"azurerm_cdn_frontdoor_firewall_policy": {"Microsoft.Network/FrontDoorWebApplicationFirewallPolicies", top(
		f("sku_name", "sku.name"),
		fc("enabled", "properties.policySettings.enabledState", enabled).or("Enabled"),
		f("mode", "properties.policySettings.mode"),
	)},

	// Front Door (classic), deprecated by the provider but still deployed.
	"azurerm_frontdoor_firewall_policy": {"Microsoft.Network/FrontDoorWebApplicationFirewallPolicies", top(
		fc("enabled", "properties.policySettings.enabledState", enabled).or("Enabled"),
		f("mode", "properties.policySettings.mode").or("Prevention"),
	)},

	"azurerm_firewall": {"Microsoft.Network/azureFirewalls", top(
		f("sku_name", "properties.sku.name"),
		f("sku_tier", "properties.sku.tier"),
		f("firewall_policy_id", "properties.firewallPolicy.id"),
		f("threat_intel_mode", "properties.threatIntelMode").or("Alert"),
	)},

	"azurerm_firewall_policy": {"Microsoft.Network/firewallPolicies", top(
		f("sku", "properties.sku.tier").or("Standard"),
		f("base_policy_id", "properties.basePolicy.id"),
		f("threat_intelligence_mode", "properties.threatIntelMode").or("Alert"),
		f("intrusion_detection.mode", "properties.intrusionDetection.mode"),
	)},

	"azurerm_linux_virtual_machine": {"Microsoft.Compute/virtualMachines", top(concat([]entry{
		f("size", "properties.hardwareProfile.vmSize"),
	}, prefixed("properties", vmProfile(true)))...)},

	"azurerm_windows_virtual_machine": {"Microsoft.Compute/virtualMachines", top(concat([]entry{
		f("size", "properties.hardwareProfile.vmSize"),
	}, prefixed("properties", vmProfile(false)))...)},

	// The legacy resource has no Secure Boot, vTPM or encryption at host
	// arguments: what it creates has none of them.
	"azurerm_virtual_machine": {"Microsoft.Compute/virtualMachines", top(
		f("vm_size", "properties.hardwareProfile.vmSize"),
		f("os_profile.admin_username", "properties.osProfile.adminUsername"),
		f("os_profile.admin_password", "properties.osProfile.adminPassword"),
		f("os_profile_linux_config.disable_password_authentication", "properties.osProfile.linuxConfiguration.disablePasswordAuthentication"),
		f("storage_os_disk.vhd_uri", "properties.storageProfile.osDisk.vhd.uri"),
		f("storage_os_disk.managed_disk_type", "properties.storageProfile.osDisk.managedDisk.storageAccountType"),
	)},

	"azurerm_linux_virtual_machine_scale_set": {"Microsoft.Compute/virtualMachineScaleSets", top(concat([]entry{
		f("sku", "sku.name"),
		f("instances", "sku.capacity"),
		scaleSetNetwork,
	}, prefixed("properties.virtualMachineProfile", vmProfile(true)))...)},

	"azurerm_windows_virtual_machine_scale_set": {"Microsoft.Compute/virtualMachineScaleSets", top(concat([]entry{
		f("sku", "sku.name"),
		f("instances", "sku.capacity"),
		scaleSetNetwork,
	}, prefixed("properties.virtualMachineProfile", vmProfile(false)))...)},

	// Without a policy, a disk can be exported and imported through SAS URIs
	// from anywhere (service default AllowAll).
	"azurerm_managed_disk": {"Microsoft.Compute/disks", top(
		f("storage_account_type", "sku.name"),
		f("disk_size_gb", "properties.diskSizeGB"),
		f("disk_encryption_set_id", "properties.encryption.diskEncryptionSetId"),
		f("network_access_policy", "properties.networkAccessPolicy").or("AllowAll"),
		f("disk_access_id", "properties.diskAccessId"),
		fc("public_network_access_enabled", "properties.publicNetworkAccess", enabled).or("Enabled"),
	)},

	"azurerm_postgresql_flexible_server": {"Microsoft.DBforPostgreSQL/flexibleServers", top(concat(flexibleServer(), []entry{
		fc("authentication.password_auth_enabled", "properties.authConfig.passwordAuth", enabled).or("Enabled"),
		fc("authentication.active_directory_auth_enabled", "properties.authConfig.activeDirectoryAuth", enabled).or("Disabled"),
	})...)},

	"azurerm_postgresql_flexible_server_configuration": {"Microsoft.DBforPostgreSQL/flexibleServers/configurations", child("server_id",
		f("value", "properties.value"),
	)},

	"azurerm_postgresql_flexible_server_firewall_rule": {"Microsoft.DBforPostgreSQL/flexibleServers/firewallRules", child("server_id",
		f("start_ip_address", "properties.startIpAddress"),
		f("end_ip_address", "properties.endIpAddress"),
	)},

	// azurerm v4 spells MySQL's public access as a string.
	"azurerm_mysql_flexible_server": {"Microsoft.DBforMySQL/flexibleServers", top(concat(flexibleServer(), []entry{
		f("public_network_access", "properties.network.publicNetworkAccess"),
	})...)},

	"azurerm_mysql_flexible_server_configuration": {"Microsoft.DBforMySQL/flexibleServers/configurations", child("server_name",
		f("value", "properties.value"),
	)},

	"azurerm_mysql_flexible_server_firewall_rule": {"Microsoft.DBforMySQL/flexibleServers/firewallRules", child("server_name",
		f("start_ip_address", "properties.startIpAddress"),
		f("end_ip_address", "properties.endIpAddress"),
	)},

	// The provider documents minimum_tls_version as defaulting to "1.0", but
	// the service has refused TLS 1.0 and 1.1 since their retirement
	// (November 2024): an absent version is left to the service.
	"azurerm_redis_cache": {"Microsoft.Cache/redis", top(
		f("sku_name", "properties.sku.name"),
		f("family", "properties.sku.family"),
		f("capacity", "properties.sku.capacity"),
		f("non_ssl_port_enabled", "properties.enableNonSslPort").or(false),
		f("enable_non_ssl_port", "properties.enableNonSslPort"),
		f("minimum_tls_version", "properties.minimumTlsVersion"),
		fc("public_network_access_enabled", "properties.publicNetworkAccess", enabled).or("Enabled"),
		fc("access_keys_authentication_enabled", "properties.disableAccessKeyAuthentication", not).or(false),
		f("subnet_id", "properties.subnetId"),
	)},

	"azurerm_eventhub_namespace":   {"Microsoft.EventHub/namespaces", top(messaging...)},
	"azurerm_servicebus_namespace": {"Microsoft.ServiceBus/namespaces", top(messaging...)},

	// custom_parameters.no_public_ip defaults to true from azurerm 4.0
	// (false before).
	"azurerm_databricks_workspace": {"Microsoft.Databricks/workspaces", top(
		f("sku", "sku.name"),
		fc("public_network_access_enabled", "properties.publicNetworkAccess", enabled).or("Enabled"),
		f("network_security_group_rules_required", "properties.requiredNsgRules"),
		f("custom_parameters.no_public_ip", "properties.parameters.enableNoPublicIp.value").orSince(false, "4.0.0", true),
		f("custom_parameters.virtual_network_id", "properties.parameters.customVirtualNetworkId.value"),
		fc("managed_services_cmk_key_vault_key_id", "properties.encryption.entities.managedServices.keyVaultProperties",
			keyVaultKey("keyVaultUri", "keyName", "keyVersion")),
	)},

	"azurerm_data_factory": {"Microsoft.DataFactory/factories", top(
		fc("public_network_enabled", "properties.publicNetworkAccess", enabled).or("Enabled"),
		fc("customer_managed_key_id", "properties.encryption", keyVaultKey("vaultBaseUrl", "keyName", "keyVersion")),
		f("customer_managed_key_identity_id", "properties.encryption.identity.userAssignedIdentity"),
	)},

	"azurerm_synapse_workspace": {"Microsoft.Synapse/workspaces", top(
		fc("public_network_access_enabled", "properties.publicNetworkAccess", enabled).or("Enabled"),
		f("azuread_authentication_only", "properties.azureADOnlyAuthentication").or(false),
		fc("managed_virtual_network_enabled", "properties.managedVirtualNetwork", managedVnet),
		f("data_exfiltration_protection_enabled", "properties.managedVirtualNetworkSettings.preventDataExfiltration").or(false),
		f("sql_administrator_login", "properties.sqlAdministratorLogin"),
	)},

	"azurerm_synapse_firewall_rule": {"Microsoft.Synapse/workspaces/firewallRules", child("synapse_workspace_id",
		f("start_ip_address", "properties.startIpAddress"),
		f("end_ip_address", "properties.endIpAddress"),
	)},

	// local_authentication_disabled is the v3/v4 name; v5 inverts it.
	"azurerm_log_analytics_workspace": {"Microsoft.OperationalInsights/workspaces", top(concat([]entry{
		f("sku", "properties.sku.name"),
		f("retention_in_days", "properties.retentionInDays"),
		f("local_authentication_disabled", "properties.features.disableLocalAuth").or(false),
		fc("local_authentication_enabled", "properties.features.disableLocalAuth", not),
	}, monitorIngestion)...)},

	// The component's own property names are capitalised in ARM.
	"azurerm_application_insights": {"Microsoft.Insights/components", top(concat([]entry{
		f("application_type", "properties.Application_Type"),
		f("workspace_id", "properties.WorkspaceResourceId"),
		f("local_authentication_disabled", "properties.DisableLocalAuth").or(false),
		fc("local_authentication_enabled", "properties.DisableLocalAuth", not),
	}, monitorIngestion)...)},
}
