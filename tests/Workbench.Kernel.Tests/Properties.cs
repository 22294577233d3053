// Kernel tests bind sockets and start threads; running them one class at a time keeps them within the shared cores.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
