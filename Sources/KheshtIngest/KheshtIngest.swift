// KheshtIngest: see Package.swift for this target's purpose.
