variable "key" {}

resource "aws_ecs_task_definition" "chat" {
  family = "chat"
  container_definitions = jsonencode([
    {
      name  = "chat"
      image = "chat:1.2"
      environment = [
        { name = "MODEL", value = "gpt-4o" },
        { name = "API_KEY", value = var.key },
        { name = "TOKEN_ENDPOINT", value = "https://auth.example.com/token" },
      ]
      secrets = [
        { name = "OPENAI_API_KEY", valueFrom = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:openai" },
      ]
    }
  ])
}
