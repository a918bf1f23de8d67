package azurerm

// Compute, network, logging and Defender plans: AKS, App Service and
// Functions, network security groups, interfaces, private endpoints,
// diagnostic settings, Defender for Cloud pricing.

// agentPool is a node pool, as the cluster's default_node_pool (under
// properties.agentPoolProfiles[0]) or as a separate resource (under
// properties). v3 spellings follow the v4 ones.
func agentPool(prefix string) []entry {
	return []entry{
		f(prefix+"vm_size", "vmSize"),
		f(prefix+"node_count", "count"),
		f(prefix+"node_public_ip_enabled", "enableNodePublicIP").or(false),
		f(prefix+"enable_node_public_ip", "enableNodePublicIP"),
		f(prefix+"node_public_ip_prefix_id", "nodePublicIPPrefixID"),
		f(prefix+"vnet_subnet_id", "vnetSubnetID"),
		f(prefix+"auto_scaling_enabled", "enableAutoScaling"),
		f(prefix+"enable_auto_scaling", "enableAutoScaling"),
		f(prefix+"host_encryption_enabled", "enableEncryptionAtHost"),
		f(prefix+"enable_host_encryption", "enableEncryptionAtHost"),
		f(prefix+"fips_enabled", "enableFIPS"),
		f(prefix+"max_pods", "maxPods"),
		f(prefix+"min_count", "minCount"),
		f(prefix+"max_count", "maxCount"),
		f(prefix+"os_disk_type", "osDiskType"),
		f(prefix+"os_sku", "osSKU"),
		f(prefix+"zones", "availabilityZones"),
		f(prefix+"node_labels", "nodeLabels"),
		f(prefix+"node_taints", "nodeTaints"),
		f(prefix+"orchestrator_version", "orchestratorVersion"),
	}
}

// webApp is what the App Service and Functions resources share; legacy
// are the spellings of azurerm_app_service and azurerm_function_app.
func webApp(kind string, parentAttr string, legacy bool) []entry {
	es := []entry{
		fixed("kind", kind),
		f("https_only", "properties.httpsOnly").or(false),
		f("enabled", "properties.enabled"),
		fc("public_network_access_enabled", "properties.publicNetworkAccess", enabled).or("Enabled"),
		f("virtual_network_subnet_id", "properties.virtualNetworkSubnetId"),
		f("key_vault_reference_identity_id", "properties.keyVaultReferenceIdentity"),
		f("client_certificate_mode", "properties.clientCertMode"),
		f("site_config.remote_debugging_enabled", "properties.siteConfig.remoteDebuggingEnabled").or(false),
		f("site_config.http2_enabled", "properties.siteConfig.http20Enabled"),
		f("site_config.always_on", "properties.siteConfig.alwaysOn"),
		f("site_config.websockets_enabled", "properties.siteConfig.webSocketsEnabled"),
		f("site_config.vnet_route_all_enabled", "properties.siteConfig.vnetRouteAllEnabled"),
		f("site_config.scm_use_main_ip_restriction", "properties.siteConfig.scmIpSecurityRestrictionsUseMain"),
		f("site_config.ip_restriction_default_action", "properties.siteConfig.ipSecurityRestrictionsDefaultAction"),
		f("site_config.cors.allowed_origins", "properties.siteConfig.cors.allowedOrigins"),
		list("site_config.ip_restriction", "properties.siteConfig.ipSecurityRestrictions",
			f("name", "name"),
			f("action", "action"),
			f("priority", "priority"),
			f("ip_address", "ipAddress"),
			f("service_tag", "ipAddress"),
			f("virtual_network_subnet_id", "vnetSubnetResourceId"),
		),
	}
	if legacy {
		return append(es,
			f("app_service_plan_id", "properties.serverFarmId"),
			f("client_cert_enabled", "properties.clientCertEnabled"),
			f("site_config.min_tls_version", "properties.siteConfig.minTlsVersion").or("1.2"),
			f("site_config.scm_min_tls_version", "properties.siteConfig.scmMinTlsVersion"),
			f("site_config.ftps_state", "properties.siteConfig.ftpsState"),
		)
	}
	es = append(es,
		f("service_plan_id", "properties.serverFarmId"),
		f("client_certificate_enabled", "properties.clientCertEnabled"),
		f("site_config.minimum_tls_version", "properties.siteConfig.minTlsVersion").or("1.2"),
		f("site_config.scm_minimum_tls_version", "properties.siteConfig.scmMinTlsVersion").or("1.2"),
		f("site_config.ftps_state", "properties.siteConfig.ftpsState").or("Disabled"),
	)
	if parentAttr != "" {
		es = append(es, parentID(parentAttr))
	}
	return es
}

// securityRule is one NSG rule's properties, relative to the rule object.
func securityRule(prefix string) []entry {
	p := prefix + "properties."
	return []entry{
		f("priority", p+"priority"),
		f("direction", p+"direction"),
		f("access", p+"access"),
		f("protocol", p+"protocol"),
		f("description", p+"description"),
		f("source_port_range", p+"sourcePortRange"),
		f("source_port_ranges", p+"sourcePortRanges"),
		f("destination_port_range", p+"destinationPortRange"),
		f("destination_port_ranges", p+"destinationPortRanges"),
		f("source_address_prefix", p+"sourceAddressPrefix"),
		f("source_address_prefixes", p+"sourceAddressPrefixes"),
		f("destination_address_prefix", p+"destinationAddressPrefix"),
		f("destination_address_prefixes", p+"destinationAddressPrefixes"),
		fc("source_application_security_group_ids", p+"sourceApplicationSecurityGroups", objects("id")),
		fc("destination_application_security_group_ids", p+"destinationApplicationSecurityGroups", objects("id")),
	}
}

var computeMappings = map[string]mapping{
	"azurerm_kubernetes_cluster": {"Microsoft.ContainerService/managedClusters", top(concat([]entry{
		f("dns_prefix", "properties.dnsPrefix"),
		f("kubernetes_version", "properties.kubernetesVersion"),
		f("sku_tier", "sku.tier").or("Free"),
		f("node_resource_group", "properties.nodeResourceGroup"),
		f("role_based_access_control_enabled", "properties.enableRBAC").or(true),
		// azurerm v2 wrote it as a block.
		f("role_based_access_control.enabled", "properties.enableRBAC"),
		fc("azure_active_directory_role_based_access_control", "properties.aadProfile.managed", present),
		f("azure_active_directory_role_based_access_control.azure_rbac_enabled", "properties.aadProfile.enableAzureRBAC").orInBlock(false),
		f("azure_active_directory_role_based_access_control.tenant_id", "properties.aadProfile.tenantID"),
		f("azure_active_directory_role_based_access_control.admin_group_object_ids", "properties.aadProfile.adminGroupObjectIDs"),
		f("local_account_disabled", "properties.disableLocalAccounts").or(false),
		f("private_cluster_enabled", "properties.apiServerAccessProfile.enablePrivateCluster").or(false),
		f("private_dns_zone_id", "properties.apiServerAccessProfile.privateDNSZone"),
		f("private_cluster_public_fqdn_enabled", "properties.apiServerAccessProfile.enablePrivateClusterPublicFQDN"),
		f("api_server_access_profile.authorized_ip_ranges", "properties.apiServerAccessProfile.authorizedIPRanges"),
		f("api_server_authorized_ip_ranges", "properties.apiServerAccessProfile.authorizedIPRanges"),
		f("api_server_access_profile.subnet_id", "properties.apiServerAccessProfile.subnetId"),
		f("api_server_access_profile.virtual_network_integration_enabled", "properties.apiServerAccessProfile.enableVnetIntegration"),
		fc("run_command_enabled", "properties.apiServerAccessProfile.disableRunCommand", not).or(false),
		f("network_profile.network_plugin", "properties.networkProfile.networkPlugin"),
		f("network_profile.network_plugin_mode", "properties.networkProfile.networkPluginMode"),
		// Computed: without an engine (and without Cilium) nothing enforces
		// NetworkPolicies.
		f("network_profile.network_policy", "properties.networkProfile.networkPolicy").or("none"),
		f("network_profile.network_data_plane", "properties.networkProfile.networkDataplane").or("azure"),
		f("network_profile.outbound_type", "properties.networkProfile.outboundType"),
		f("network_profile.load_balancer_sku", "properties.networkProfile.loadBalancerSku"),
		f("azure_policy_enabled", "properties.addonProfiles.azurepolicy.enabled").or(false),
		f("http_application_routing_enabled", "properties.addonProfiles.httpApplicationRouting.enabled"),
		fc("oms_agent", "properties.addonProfiles.omsagent.enabled", present),
		f("oms_agent.log_analytics_workspace_id", "properties.addonProfiles.omsagent.config.logAnalyticsWorkspaceResourceID"),
		fc("key_vault_secrets_provider", "properties.addonProfiles.azureKeyvaultSecretsProvider.enabled", present),
		fc("microsoft_defender", "properties.securityProfile.defender.securityMonitoring.enabled", present).or(false),
		f("microsoft_defender.log_analytics_workspace_id", "properties.securityProfile.defender.logAnalyticsWorkspaceResourceId"),
		f("workload_identity_enabled", "properties.securityProfile.workloadIdentity.enabled").or(false),
		f("image_cleaner_enabled", "properties.securityProfile.imageCleaner.enabled"),
		f("oidc_issuer_enabled", "properties.oidcIssuerProfile.enabled").orSince(false, "4.0.0", true),
		f("disk_encryption_set_id", "properties.diskEncryptionSetID"),
		f("automatic_upgrade_channel", "properties.autoUpgradeProfile.upgradeChannel"),
		f("automatic_channel_upgrade", "properties.autoUpgradeProfile.upgradeChannel"),
		f("node_os_upgrade_channel", "properties.autoUpgradeProfile.nodeOSUpgradeChannel"),
		f("node_os_channel_upgrade", "properties.autoUpgradeProfile.nodeOSUpgradeChannel"),
		f("default_node_pool.name", "properties.agentPoolProfiles[0].name"),
		fixed("properties.agentPoolProfiles[0].mode", "System"),
	}, prefixed("properties.agentPoolProfiles[0]", agentPool("default_node_pool.")))...)},

	"azurerm_kubernetes_cluster_node_pool": {"Microsoft.ContainerService/managedClusters/agentPools", child("kubernetes_cluster_id",
		concat([]entry{
			f("mode", "properties.mode").or("User"),
			f("os_type", "properties.osType").or("Linux"),
			f("priority", "properties.scaleSetPriority"),
		}, prefixed("properties", agentPool("")))...)},

	"azurerm_linux_web_app":             {"Microsoft.Web/sites", top(webApp("app,linux", "", false)...)},
	"azurerm_windows_web_app":           {"Microsoft.Web/sites", top(webApp("app", "", false)...)},
	"azurerm_linux_function_app":        {"Microsoft.Web/sites", top(webApp("functionapp,linux", "", false)...)},
	"azurerm_windows_function_app":      {"Microsoft.Web/sites", top(webApp("functionapp", "", false)...)},
	"azurerm_linux_web_app_slot":        {"Microsoft.Web/sites/slots", top(webApp("app,linux", "app_service_id", false)...)},
	"azurerm_windows_web_app_slot":      {"Microsoft.Web/sites/slots", top(webApp("app", "app_service_id", false)...)},
	"azurerm_linux_function_app_slot":   {"Microsoft.Web/sites/slots", top(webApp("functionapp,linux", "function_app_id", false)...)},
	"azurerm_windows_function_app_slot": {"Microsoft.Web/sites/slots", top(webApp("functionapp", "function_app_id", false)...)},
	"azurerm_app_service":               {"Microsoft.Web/sites", top(webApp("app", "", true)...)},
	"azurerm_function_app":              {"Microsoft.Web/sites", top(webApp("functionapp", "", true)...)},

	"azurerm_network_security_group": {"Microsoft.Network/networkSecurityGroups", top(
		list("security_rule", "properties.securityRules", append([]entry{f("name", "name")}, securityRule("")...)...),
	)},

	"azurerm_network_security_rule": {"Microsoft.Network/networkSecurityGroups/securityRules",
		child("network_security_group_name", securityRule("")...)},

	"azurerm_network_interface": {"Microsoft.Network/networkInterfaces", top(
		f("ip_forwarding_enabled", "properties.enableIPForwarding").or(false),
		f("enable_ip_forwarding", "properties.enableIPForwarding"),
		f("accelerated_networking_enabled", "properties.enableAcceleratedNetworking"),
		f("enable_accelerated_networking", "properties.enableAcceleratedNetworking"),
		f("dns_servers", "properties.dnsSettings.dnsServers"),
		list("ip_configuration", "properties.ipConfigurations",
			f("name", "name"),
			f("subnet_id", "properties.subnet.id"),
			f("private_ip_address_allocation", "properties.privateIPAllocationMethod"),
			f("private_ip_address", "properties.privateIPAddress"),
			f("private_ip_address_version", "properties.privateIPAddressVersion"),
			f("public_ip_address_id", "properties.publicIPAddress.id"),
			f("primary", "properties.primary"),
		),
	)},

	// private_service_connection is a single block; ARM keeps the
	// connection in a list.
	"azurerm_private_endpoint": {"Microsoft.Network/privateEndpoints", top(
		f("subnet_id", "properties.subnet.id"),
		f("custom_network_interface_name", "properties.customNetworkInterfaceName"),
		f("private_service_connection.name", "properties.privateLinkServiceConnections[0].name"),
		f("private_service_connection.private_connection_resource_id", "properties.privateLinkServiceConnections[0].properties.privateLinkServiceId"),
		f("private_service_connection.subresource_names", "properties.privateLinkServiceConnections[0].properties.groupIds"),
		f("private_service_connection.request_message", "properties.privateLinkServiceConnections[0].properties.requestMessage"),
		list("ip_configuration", "properties.ipConfigurations",
			f("name", "name"),
			f("private_ip_address", "properties.privateIPAddress"),
			f("subresource_name", "properties.groupId"),
			f("member_name", "properties.memberName"),
		),
	)},

	// The setting is an extension resource: ARM templates name its target
	// in the resource's scope.
	"azurerm_monitor_diagnostic_setting": {"Microsoft.Insights/diagnosticSettings", []entry{
		f("name", "name"),
		f("target_resource_id", "scope"),
		f("log_analytics_workspace_id", "properties.workspaceId"),
		f("log_analytics_destination_type", "properties.logAnalyticsDestinationType"),
		f("storage_account_id", "properties.storageAccountId"),
		f("eventhub_authorization_rule_id", "properties.eventHubAuthorizationRuleId"),
		f("eventhub_name", "properties.eventHubName"),
		f("partner_solution_id", "properties.marketplacePartnerId"),
		// enabled_log blocks are enabled by being there; v3's log blocks
		// said so with an attribute.
		list("enabled_log", "properties.logs",
			f("category", "category"),
			f("category_group", "categoryGroup"),
			fixed("enabled", true),
		),
		list("log", "properties.logs",
			f("category", "category"),
			f("category_group", "categoryGroup"),
			f("enabled", "enabled").or(true),
		),
		list("enabled_metric", "properties.metrics",
			f("category", "category"),
			fixed("enabled", true),
		),
		list("metric", "properties.metrics",
			f("category", "category"),
			f("enabled", "enabled").or(true),
		),
	}},

	// The plan is the ARM resource's name.
	"azurerm_security_center_subscription_pricing": {"Microsoft.Security/pricings", []entry{
		f("resource_type", "name").or("VirtualMachines"),
		f("tier", "properties.pricingTier"),
		f("subplan", "properties.subPlan"),
		list("extension", "properties.extensions",
			f("name", "name"),
			fixed("isEnabled", "True"),
		),
	}},
}

// mappings is every Terraform type the package converts.
var mappings = merge(aiMappings, dataMappings, computeMappings, platformMappings)

func merge(ms ...map[string]mapping) map[string]mapping {
	out := map[string]mapping{}
	for _, m := range ms {
		for k, v := range m {
			out[k] = v
		}
	}
	return out
}
