resource "aws_ecs_service" "chat" {
  name            = "chat"
  cluster         = "ai"
  task_definition = "chat:3"

  network_configuration {
    subnets         = ["subnet-0a1b2c3d"]
    security_groups = ["sg-0a1b2c3d"]
  }
}
