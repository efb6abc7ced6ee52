package cancelafter_test

import (
	"context"
	"errors"
	"testing"

	"github.com/liftoff-app/liftoff/internal/cancelafter"
)

func TestErrAnswersNilThenCanceled(t *testing.T) {
	ctx := cancelafter.New(context.Background(), 2)
	for i, want := range []error{nil, nil, context.Canceled, context.Canceled} {
		if err := ctx.Err(); !errors.Is(err, want) || (want == nil && err != nil) {
			t.Errorf("look %d: Err() = %v, want %v", i+1, err, want)
		}
	}
}
