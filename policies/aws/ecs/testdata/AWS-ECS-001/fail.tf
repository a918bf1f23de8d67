resource "aws_ecs_task_definition" "vllm" {
  family = "vllm"
  container_definitions = jsonencode([
    {
      name       = "vllm"
      image      = "vllm/vllm-openai:v0.6.0"
      essential  = true
      privileged = true # want: AWS-ECS-001 col 20
    }
  ])
}

resource "aws_ecs_task_definition" "string" {
  family                = "sidecar"
  container_definitions = "[{\"name\": \"agent\", \"image\": \"agent:1\", \"privileged\": true}]" # want: AWS-ECS-001 col 27
}
