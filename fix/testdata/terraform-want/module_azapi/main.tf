module "ai" {
  source       = "./modules/ai"
  disable_keys = true
}

module "ai_default" {
  source = "./modules/ai"
}
