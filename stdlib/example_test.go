// An example of the embedding pluto-go exists for: a host runs a workflow script until
// it asks for something, saves the whole state, and continues it later in a new VM.

package stdlib_test

import (
	"fmt"
	"os"

	"github.com/pluto-go/pluto-go/heap"
	"github.com/pluto-go/pluto-go/stdlib"
	"github.com/pluto-go/pluto-go/vm"
)

// workflow is a script that asks its host three questions; each ask suspends it.
const workflow = `
return function(name)
  local total = 0
  for i = 1, 3 do
    total = total + ask("question " .. i .. " for " .. name)
  end
  print("total", total)
  return "done"
end
`

// newWorkflowVM returns a VM with every library and the host function ask, which
// suspends the coroutine calling it. A builtin is persisted by its name, so every VM
// that loads a saved state must register the same names first.
func newWorkflowVM() *vm.VM {
	m := vm.New(&vm.Options{Stdout: os.Stdout})
	stdlib.Open(m, stdlib.All)
	ask := m.Register("example.ask", func(m *vm.VM, args []heap.Value) []heap.Value {
		return m.Yield(args)
	})
	m.SetGlobal("ask", heap.BuiltinValue(ask))
	return m
}

// resume resumes job in m with args and prints what it yields or returns.
func resume(m *vm.VM, job heap.Value, args ...heap.Value) error {
	res, err := m.Resume(job.AsThread(), args...)
	if err != nil {
		return err
	}
	for i, v := range res {
		if i > 0 {
			fmt.Print(" ")
		}
		fmt.Print(m.ToString(v))
	}
	fmt.Println()
	return nil
}

// Example_workflow runs a script to its first question, then answers each question in
// a VM of its own, as separate processes or machines would, carrying the state across
// as bytes.
func Example_workflow() {
	m := newWorkflowVM()
	fn, err := m.DoString(workflow, "=workflow")
	if err != nil {
		fmt.Println(err)
		return
	}
	job := heap.ThreadValue(m.NewCoroutine(fn[0]))
	if err := resume(m, job, heap.String("ada")); err != nil {
		fmt.Println(err)
		return
	}
	data, err := m.SaveState(job)
	for answer := int64(10); err == nil && answer <= 30; answer += 10 {
		m = newWorkflowVM()
		if job, err = m.LoadState(data); err != nil {
			break
		}
		if err = resume(m, job, heap.Int(answer)); err != nil {
			break
		}
		data, err = m.SaveState(job)
	}
	if err != nil {
		fmt.Println(err)
	}
	// Output:
	// question 1 for ada
	// question 2 for ada
	// question 3 for ada
	// total	60
	// done
}
