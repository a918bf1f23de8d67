module "ai" {
  source       = "./modules/ai"
  disable_keys = false
}

module "ai_default" {
  source = "./modules/ai"
}
