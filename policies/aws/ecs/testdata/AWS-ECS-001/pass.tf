variable "privileged" {}

resource "aws_ecs_task_definition" "vllm" {
  family = "vllm"
  container_definitions = jsonencode([
    {
      name       = "vllm"
      image      = "vllm/vllm-openai:v0.6.0"
      privileged = false
    },
    {
      name       = "sidecar"
      image      = "envoy:1.31"
      privileged = var.privileged
    }
  ])
}
