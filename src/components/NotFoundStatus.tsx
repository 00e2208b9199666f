'use client'

import { Component, type ReactNode } from 'react'

/**
 * Holds the notFound() that NotFoundPage throws on the server (see there). In the browser that
 * error comes again when React renders the boundary: caught here, it shows nothing, so Next's own
 * not-found handling (which would replace the page with its bare default) never runs. Next does not
 * report a notFound() caught by a boundary of ours as an error.
 */
export class NotFoundStatus extends Component<{ children: ReactNode }, { caught: boolean }> {
  state = { caught: false }

  static getDerivedStateFromError() {
    return { caught: true }
  }

  render() {
    return this.state.caught ? null : this.props.children
  }
}
