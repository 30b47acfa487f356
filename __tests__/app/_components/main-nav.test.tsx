/**
 * @jest-environment jsdom
 */
import "@testing-library/jest-dom";
import { render, screen } from "@testing-library/react";
import { MainNav } from "@/app/_components/main-nav";

jest.mock("next/navigation", () => ({ usePathname: () => "/sets/topic%3Adefence" }));

describe("MainNav", () => {
  it("MainNav: links every section and marks the current one", () => {
    render(<MainNav />);
    const nav = screen.getByRole("navigation", { name: "Main" });
    expect(nav).toBeInTheDocument();
    for (const [name, href] of [
      ["Home", "/"],
      ["Today", "/today"],
      ["Sets", "/sets"],
      ["Stats", "/stats"],
      ["Add", "/add"],
      ["Classes", "/classes"],
      ["Settings", "/settings"],
    ]) {
      expect(screen.getByRole("link", { name })).toHaveAttribute("href", href);
    }
    expect(screen.getByRole("link", { name: "Sets" })).toHaveAttribute("aria-current", "page");
    expect(screen.getByRole("link", { name: "Home" })).not.toHaveAttribute("aria-current");
    expect(screen.queryByRole("link", { name: "Teach" })).not.toBeInTheDocument();
  });

  it("MainNav: teachers and admins get a Teach link to the question library", () => {
    render(<MainNav teach />);
    expect(screen.getByRole("link", { name: "Teach" })).toHaveAttribute("href", "/teach/questions");
  });
});
