/**
 * @jest-environment jsdom
 */
import "@testing-library/jest-dom";
import { render, screen } from "@testing-library/react";
import { AuthForm } from "@/app/(auth)/_components/auth-form";

const noAction = async () => ({ message: null, fields: {}, values: {} });

describe("AuthForm", () => {
  it("AuthForm: sign-up offers 'I am a teacher', unticked, explained; sign-in does not", () => {
    const { unmount } = render(<AuthForm mode="sign-up" action={noAction} next="/" />);
    const teacher = screen.getByRole("checkbox", { name: "I am a teacher" });
    expect(teacher).not.toBeChecked();
    expect(teacher).toHaveAttribute("name", "teacher");
    expect(teacher).toHaveAccessibleDescription(
      "An admin checks each request; until then you study as a student.",
    );
    unmount();
    render(<AuthForm mode="sign-in" action={noAction} next="/" />);
    expect(screen.queryByRole("checkbox", { name: "I am a teacher" })).not.toBeInTheDocument();
  });
});
